namespace ENamnd.Designer.Api.Alterations;

/// <summary>The answer of a dry run: the instances a submitted plan would alter now.</summary>
public sealed record DryRunResponse(IReadOnlyList<string> WorkflowInstanceIds);
