namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// Which running instances a bulk cancel stops (Elsa's shape): by id, those of one definition version, or those of the
/// versions of a definition that <c>versionOptions</c> selects (the two go together).
/// </summary>
public sealed record BulkCancelInstancesRequest(string?[]? Ids, string? DefinitionVersionId, string? DefinitionId, string? VersionOptions);
