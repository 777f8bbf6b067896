namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>Where a person's calendar subscription stands: never created, active (since when) or revoked (when).</summary>
public sealed record CalendarFeedState(string ParticipantId, bool Active, DateTimeOffset? CreatedAt, DateTimeOffset? RevokedAt);
