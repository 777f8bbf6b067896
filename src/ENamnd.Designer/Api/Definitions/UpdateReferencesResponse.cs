namespace ENamnd.Designer.Api.Definitions;

/// <summary>The names (or definition ids) of the workflows that were moved to the new version (Elsa's shape).</summary>
public sealed record UpdateReferencesResponse(IReadOnlyList<string> AffectedWorkflows);
