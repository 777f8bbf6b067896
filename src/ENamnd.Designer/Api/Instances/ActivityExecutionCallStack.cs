namespace ENamnd.Designer.Api.Instances;

/// <summary>The executions that led to one execution; we record no scheduling chain, so it holds the execution itself.</summary>
public sealed record ActivityExecutionCallStack(string ActivityExecutionId, IReadOnlyList<ActivityExecutionRecord> Items, long TotalCount);
