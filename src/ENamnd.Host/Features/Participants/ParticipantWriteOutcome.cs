namespace ENamnd.Host.Features.Participants;

/// <summary>What became of a write to the participant directory.</summary>
public enum ParticipantWriteOutcome
{
    /// <summary>Saved.</summary>
    Saved,

    /// <summary>Nothing saved: there is no participant with that id.</summary>
    NotFound,

    /// <summary>Nothing saved: another participant already has the e-mail address.</summary>
    EmailTaken,
}
