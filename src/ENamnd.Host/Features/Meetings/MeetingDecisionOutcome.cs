namespace ENamnd.Host.Features.Meetings;

/// <summary>What became of recording a meeting's decisions.</summary>
public enum MeetingDecisionOutcome
{
    /// <summary>All recorded.</summary>
    Recorded,

    /// <summary>Nothing recorded: the request names unknown items or outcomes.</summary>
    Invalid,

    /// <summary>Nothing (more) recorded: an item was already decided, a paragraph is taken, or the meeting cannot decide now.</summary>
    AlreadyDecided,
}
