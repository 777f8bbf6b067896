namespace ENamnd.Host.Tests.Integration;

/// <summary>The parts of the API's instance view the integration tests read.</summary>
internal sealed record InstanceSnapshot(
    string Id,
    string DefinitionId,
    string? CorrelationId,
    string Status,
    string SubStatus,
    IReadOnlyList<BookmarkSnapshot> Bookmarks,
    IReadOnlyList<JournalSnapshot> Journal);
