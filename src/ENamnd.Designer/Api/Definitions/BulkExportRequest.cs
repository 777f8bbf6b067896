namespace ENamnd.Designer.Api.Definitions;

/// <summary>The versions the list's export takes (by version id), and whether the workflows that use them go along (Elsa's shape).</summary>
public sealed record BulkExportRequest(string?[]? Ids, bool IncludeConsumingWorkflows);
