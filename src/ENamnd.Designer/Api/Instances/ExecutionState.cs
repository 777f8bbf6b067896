namespace ENamnd.Designer.Api.Instances;

/// <summary>What the viewer polls while an instance runs; the client reads <c>workflowSubStatus</c>, Elsa's server writes <c>subStatus</c>.</summary>
public sealed record ExecutionState(string Status, string SubStatus, string WorkflowSubStatus, DateTimeOffset UpdatedAt);
