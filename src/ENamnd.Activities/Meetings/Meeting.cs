namespace ENamnd.Activities.Meetings;

/// <summary>A meeting (sammanträde): when and where, Stockholm local times with their instants, and whether it is on.</summary>
public sealed record Meeting
{
    /// <summary>The meeting's id.</summary>
    public required string Id { get; init; }

    /// <summary>Who meets.</summary>
    public required MeetingBody Body { get; init; }

    /// <summary>The local date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The local start time.</summary>
    public required TimeOnly Start { get; init; }

    /// <summary>The local end time.</summary>
    public required TimeOnly End { get; init; }

    /// <summary>The start as an instant (Stockholm offset).</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>The end as an instant (Stockholm offset).</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>The place, e.g. "Teams" or a room.</summary>
    public required string Location { get; init; }

    /// <summary>The link to join online, if any.</summary>
    public string? OnlineLink { get; init; }

    /// <summary>Scheduled or cancelled.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>The iCalendar SEQUENCE of the current time and place.</summary>
    public required int Sequence { get; init; }

    /// <summary>Why it was cancelled, if it was.</summary>
    public string? CancelReason { get; init; }

    /// <summary>The justerare (participant ids) appointed to check the minutes with the chair.</summary>
    public IReadOnlyList<string> Justerare { get; init; } = [];

    /// <summary>The day the minutes were checked (justerade), if they were.</summary>
    public DateOnly? JusteradOn { get; init; }

    /// <summary>The day the notice of justering was posted on the notice board (anslag), if it was.</summary>
    public DateOnly? AnslagPostedOn { get; init; }

    /// <summary>True when the meeting is on and its end has passed.</summary>
    public bool IsHeldBy(DateTimeOffset now) => Status == MeetingStatus.Scheduled && EndsAt <= now;
}
