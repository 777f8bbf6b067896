namespace ENamnd.Host.Tests.Integration;

/// <summary>A journal entry as the API shows it.</summary>
internal sealed record JournalSnapshot(long Sequence, string ActivityId, string EventType, DateTimeOffset Timestamp);
