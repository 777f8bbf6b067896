namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>A created or renewed feed: its address (shown here once, and again on the person's calendar page from their task emails; only a hash of its token is kept) and since when.</summary>
public sealed record CalendarFeedView(string ParticipantId, string Url, DateTimeOffset CreatedAt);
