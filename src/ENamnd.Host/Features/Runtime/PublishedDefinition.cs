namespace ENamnd.Host.Features.Runtime;

/// <summary>The answer to publishing a definition: the version stored and where it is.</summary>
public sealed record PublishedDefinition(string Id, string DefinitionId, int Version);
