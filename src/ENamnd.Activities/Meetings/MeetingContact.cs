namespace ENamnd.Activities.Meetings;

/// <summary>
/// Whom those called to a meeting report förhinder (that they cannot come) to, and who organises the meeting in the
/// calendar invitation: the committee's mailbox, or the secretary (for the preparation group, the e-samordnare).
/// </summary>
/// <param name="Name">The name people see, e.g. "Norrbottens e-nämnd" or the secretary's name.</param>
/// <param name="Email">The address replies and calendar answers go to.</param>
public sealed record MeetingContact(string Name, string Email)
{
    /// <summary>"Eva Ek (eva.ek@example.org)".</summary>
    public override string ToString() => $"{Name} ({Email})";
}
