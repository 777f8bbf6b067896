namespace ENamnd.Host.Tests.Integration;

/// <summary>An open bookmark as the API shows it.</summary>
internal sealed record BookmarkSnapshot(string Id, string Name, DateTimeOffset? DueAt);
