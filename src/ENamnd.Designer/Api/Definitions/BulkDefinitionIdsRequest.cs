namespace ENamnd.Designer.Api.Definitions;

/// <summary>A bulk action on whole definitions.</summary>
public sealed record BulkDefinitionIdsRequest(string[]? DefinitionIds);
