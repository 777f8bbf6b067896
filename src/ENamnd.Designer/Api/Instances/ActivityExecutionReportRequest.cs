namespace ENamnd.Designer.Api.Instances;

/// <summary>Which nodes of which instance to report on.</summary>
public sealed record ActivityExecutionReportRequest(string? WorkflowInstanceId, string[]? ActivityNodeIds);
