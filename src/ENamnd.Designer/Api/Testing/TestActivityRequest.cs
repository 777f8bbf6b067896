namespace ENamnd.Designer.Api.Testing;

/// <summary>The activity the designer's Test tab runs, and the definition version it belongs to (Elsa's shape).</summary>
public sealed record TestActivityRequest(WorkflowDefinitionHandle? WorkflowDefinitionHandle, ActivityHandle? ActivityHandle);
