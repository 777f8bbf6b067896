namespace ENamnd.Designer.Api.Definitions;

/// <summary>The id of the instance a dispatch will start (Elsa's shape).</summary>
public sealed record DispatchWorkflowResponse(string WorkflowInstanceId);
