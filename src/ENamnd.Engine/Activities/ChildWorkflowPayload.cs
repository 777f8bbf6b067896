namespace ENamnd.Engine.Activities;

/// <summary>The payload of a bookmark waiting for a child workflow.</summary>
public sealed record ChildWorkflowPayload(string ChildInstanceId, string DefinitionId);
