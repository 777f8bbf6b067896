namespace ENamnd.Designer.Api.Instances;

/// <summary>Which instances a bulk delete removes (Elsa's shape): by id, or every instance of one or more definitions.</summary>
public sealed record BulkDeleteInstancesRequest(string?[]? Ids, string? WorkflowDefinitionId, string?[]? WorkflowDefinitionIds);
