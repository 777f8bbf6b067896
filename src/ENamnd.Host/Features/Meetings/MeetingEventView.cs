namespace ENamnd.Host.Features.Meetings;

/// <summary>One entry of a meeting's record: what, by whom, through which channel, when.</summary>
public sealed record MeetingEventView(string Kind, string? Details, string RecordedBy, string Channel, DateTimeOffset RecordedAt);
