using ENamnd.Activities.People;

namespace ENamnd.Activities.Meetings;

/// <summary>Someone who is called to a meeting; a substitute (ersättare) gets the notice for information.</summary>
public sealed record MeetingMember(string ParticipantId, string Name, string Email, string? MunicipalityCode, Role Role)
{
    /// <summary>True for a substitute.</summary>
    public bool IsSubstitute => Role == Role.Ersattare;
}
