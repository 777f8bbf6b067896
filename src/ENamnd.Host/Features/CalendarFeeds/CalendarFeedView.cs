namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>A created or renewed feed: its address (shown only now; only a hash of its token is kept) and since when.</summary>
public sealed record CalendarFeedView(string ParticipantId, string Url, DateTimeOffset CreatedAt);
