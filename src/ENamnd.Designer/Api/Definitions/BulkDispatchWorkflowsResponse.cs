namespace ENamnd.Designer.Api.Definitions;

/// <summary>The ids of the instances a bulk dispatch will start (Elsa's shape).</summary>
public sealed record BulkDispatchWorkflowsResponse(IReadOnlyList<string> WorkflowInstanceIds);
