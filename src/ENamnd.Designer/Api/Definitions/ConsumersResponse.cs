namespace ENamnd.Designer.Api.Definitions;

/// <summary>The definition ids of the workflows that use a workflow as an activity, directly or through others (Elsa's shape).</summary>
public sealed record ConsumersResponse(IReadOnlyList<string> ConsumingWorkflowDefinitionIds);
