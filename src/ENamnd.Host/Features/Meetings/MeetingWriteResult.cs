namespace ENamnd.Host.Features.Meetings;

/// <summary>What became of a write to a meeting.</summary>
public enum MeetingWriteResult
{
    /// <summary>Saved.</summary>
    Saved,

    /// <summary>Nothing to save: the meeting already was so.</summary>
    Unchanged,

    /// <summary>No meeting with that id.</summary>
    NotFound,

    /// <summary>The meeting is cancelled and cannot change.</summary>
    Cancelled,
}
