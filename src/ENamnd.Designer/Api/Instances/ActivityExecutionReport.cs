namespace ENamnd.Designer.Api.Instances;

/// <summary>The answer of <c>POST /activity-executions/report</c>.</summary>
public sealed record ActivityExecutionReport(IReadOnlyList<ActivityExecutionStats> Stats);
