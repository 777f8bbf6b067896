namespace ENamnd.Activities.Meetings;

/// <summary>Whether a meeting is still on.</summary>
public enum MeetingStatus
{
    /// <summary>Planned (or held, once its end has passed).</summary>
    Scheduled,

    /// <summary>Cancelled (inställt); kept for the record and for the CANCEL invitation.</summary>
    Cancelled,
}
