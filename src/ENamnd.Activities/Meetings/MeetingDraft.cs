namespace ENamnd.Activities.Meetings;

/// <summary>A meeting's time and place as it is to be saved (checked by the meeting API).</summary>
public sealed record MeetingDraft(MeetingBody Body, DateOnly Date, TimeOnly Start, TimeOnly End, string Location, string? OnlineLink)
{
    /// <summary>True when time or place differ from <paramref name="meeting"/> (what raises the SEQUENCE).</summary>
    public bool ChangesTimeOrPlace(Meeting meeting) =>
        Date != meeting.Date || Start != meeting.Start || End != meeting.End
        || !string.Equals(Location, meeting.Location, StringComparison.Ordinal)
        || !string.Equals(OnlineLink, meeting.OnlineLink, StringComparison.Ordinal);
}
