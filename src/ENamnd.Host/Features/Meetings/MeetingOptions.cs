namespace ENamnd.Host.Features.Meetings;

/// <summary>Settings under <c>Meetings</c>: when notices and reminders go out, and the committee's mailbox they name.</summary>
public sealed class MeetingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Meetings";

    /// <summary>Days before the meeting the notice (kallelse) with agenda goes out (default 7).</summary>
    public int NoticeDaysBefore { get; set; } = 7;

    /// <summary>Days after a committee meeting within which the minutes are checked (justering) (default 14).</summary>
    public int JusteringDays { get; set; } = 14;

    /// <summary>Days after a committee meeting the justering reminder goes out (default 7; at most <see cref="JusteringDays"/>).</summary>
    public int JusteringReminderDaysAfter { get; set; } = 7;

    /// <summary>
    /// The committee's mailbox: the ORGANIZER of the calendar invitations, where those called report förhinder and where
    /// replies to meeting emails go. Empty (the default): the committee's secretary, and for the preparation group the
    /// e-samordnare, as the participant directory names them.
    /// </summary>
    public string OrganizerEmail { get; set; } = "";

    /// <summary>The name shown with <see cref="OrganizerEmail"/> (default "Norrbottens e-nämnd").</summary>
    public string OrganizerName { get; set; } = "Norrbottens e-nämnd";
}
