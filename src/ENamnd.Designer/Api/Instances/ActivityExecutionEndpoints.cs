using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Activity executions of an instance, rebuilt from its journal, for the viewer's designer and details panes.</summary>
public static class ActivityExecutionEndpoints
{
    /// <summary>Maps the endpoints under <c>/activity-executions</c> and <c>/activity-execution-summaries</c>.</summary>
    public static RouteGroupBuilder MapActivityExecutions(this RouteGroupBuilder api)
    {
        api.MapPost("/activity-executions/report", ReportAsync);
        api.MapGet("/activity-executions/list", ListAsync);
        api.MapGet("/activity-execution-summaries/list", ListSummariesAsync);
        api.MapGet("/activity-executions/by-id", (string? id, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
            GetAsync(id, instances, definitions, ct));
        api.MapGet("/activity-executions/{id}/call-stack", CallStackAsync);
        return api;
    }

    private static async Task<Ok<ActivityExecutionReport>> ReportAsync(
        ActivityExecutionReportRequest body, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct)
    {
        var records = await RecordsAsync(body.WorkflowInstanceId, instances, definitions, ct);
        return TypedResults.Ok(new ActivityExecutionReport(ActivityExecutions.StatsOf(records, body.ActivityNodeIds)));
    }

    private static async Task<Ok<ListResponse<ActivityExecutionRecord>>> ListAsync(
        [AsParameters] ActivityExecutionQuery query, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ActivityExecutionRecord>.Of(Filter(await RecordsAsync(query.WorkflowInstanceId, instances, definitions, ct), query)));

    private static async Task<Ok<ListResponse<ActivityExecutionSummary>>> ListSummariesAsync(
        [AsParameters] ActivityExecutionQuery query, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<ActivityExecutionSummary>.Of(
            Filter(await RecordsAsync(query.WorkflowInstanceId, instances, definitions, ct), query).Select(ActivityExecutionSummary.From).ToList()));

    private static async Task<Results<Ok<ActivityExecutionRecord>, ProblemHttpResult>> GetAsync(
        string? id, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        await FindAsync(id, instances, definitions, ct) is { } record ? TypedResults.Ok(record) : NotFound(id);

    private static async Task<Results<Ok<ActivityExecutionCallStack>, ProblemHttpResult>> CallStackAsync(
        string id, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        await FindAsync(id, instances, definitions, ct) is { } record
            ? TypedResults.Ok(new ActivityExecutionCallStack(record.Id, [record], 1))
            : NotFound(id);

    private static async Task<ActivityExecutionRecord?> FindAsync(string? id, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct)
    {
        if (!ActivityExecutionId.TryParse(id, out var instanceId, out _)) return null;
        return (await RecordsAsync(instanceId, instances, definitions, ct)).FirstOrDefault(r => r.Id == id);
    }

    private static async Task<IReadOnlyList<ActivityExecutionRecord>> RecordsAsync(
        string? instanceId, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        string.IsNullOrEmpty(instanceId) || await InstanceContext.LoadWithJournalAsync(instanceId, instances, definitions, ct) is not { } context
            ? []
            : ActivityExecutions.Of(context);

    private static List<ActivityExecutionRecord> Filter(IEnumerable<ActivityExecutionRecord> records, ActivityExecutionQuery query) =>
        records
            .Where(r => string.IsNullOrEmpty(query.ActivityNodeId) || r.ActivityNodeId == query.ActivityNodeId)
            .Where(r => query.Completed is not { } completed || (r.CompletedAt is not null) == completed)
            .ToList();

    private static ProblemHttpResult NotFound(string? id) => ApiProblems.NotFound($"Aktivitetskörningen '{id}' finns inte.");
}
