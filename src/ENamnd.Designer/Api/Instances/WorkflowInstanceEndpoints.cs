using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Instances;

/// <summary>The instance list and viewer: list, one instance, its journal, execution state and variables, and cancel.</summary>
public static class WorkflowInstanceEndpoints
{
    /// <summary>Maps the endpoints under <c>/workflow-instances</c>.</summary>
    public static RouteGroupBuilder MapWorkflowInstances(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-instances", ([FromBody] WorkflowInstanceListRequest? body, IWorkflowInstanceStore instances, CancellationToken ct) =>
            ListAsync(body ?? new(), instances, ct));
        api.MapGet("/workflow-instances", ([AsParameters] WorkflowInstanceListRequest query, IWorkflowInstanceStore instances, CancellationToken ct) =>
            ListAsync(query, instances, ct));
        api.MapGet("/workflow-instances/{id}", GetAsync);
        api.MapGet("/workflow-instances/{id}/journal", (string id, int? skip, int? take, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
            JournalAsync(id, null, skip, take, instances, definitions, ct));
        api.MapPost("/workflow-instances/{id}/journal", (string id, [FromBody] JournalRequest? body, int? skip, int? take, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
            JournalAsync(id, body?.Filter, skip, take, instances, definitions, ct));
        api.MapGet("/workflow-instances/{id}/execution-state", ExecutionStateAsync);
        api.MapGet("/workflow-instances/{id}/variables", VariablesAsync);
        api.MapPost("/cancel/workflow-instances/{id}", CancelAsync);
        return api;
    }

    private static async Task<Results<Ok<PagedListResponse<WorkflowInstanceSummary>>, ValidationProblem>> ListAsync(
        WorkflowInstanceListRequest request, IWorkflowInstanceStore instances, CancellationToken ct)
    {
        var (paging, invalid) = DesignerPaging.From(request.Page, request.PageSize);
        if (invalid is not null) return invalid;
        var (page, total) = await InstanceListing.ListAsync(instances, request, paging, ct);
        return TypedResults.Ok(new PagedListResponse<WorkflowInstanceSummary>(page.Select(WorkflowInstanceSummary.From).ToList(), total, []));
    }

    private static async Task<Results<Ok<WorkflowInstanceDetails>, ProblemHttpResult>> GetAsync(string id, IWorkflowInstanceStore instances, CancellationToken ct) =>
        await instances.FindAsync(id, ct) is { } instance ? TypedResults.Ok(WorkflowInstanceDetails.From(instance)) : NotFound(id);

    private static async Task<Results<Ok<PagedListResponse<ExecutionLogRecord>>, ProblemHttpResult, ValidationProblem>> JournalAsync(
        string id, JournalFilter? filter, int? skip, int? take, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct)
    {
        if (skip < 0 || take is < 1 or > DesignerPaging.MaxPageSize)
            return ApiProblems.Invalid($"skip måste vara 0 eller mer och take ett heltal från 1 till {DesignerPaging.MaxPageSize}.", "paging");
        if (await InstanceContext.LoadWithJournalAsync(id, instances, definitions, ct) is not { } context) return NotFound(id);
        var records = JournalRecords.Of(context, filter);
        var page = records.Skip(skip ?? 0).Take(take ?? DesignerPaging.MaxPageSize).ToList();
        return TypedResults.Ok(new PagedListResponse<ExecutionLogRecord>(page, records.Count, []));
    }

    private static async Task<Results<Ok<ExecutionState>, ProblemHttpResult>> ExecutionStateAsync(string id, IWorkflowInstanceStore instances, CancellationToken ct)
    {
        if (await instances.FindAsync(id, ct) is not { } i) return NotFound(id);
        return TypedResults.Ok(new ExecutionState(i.Status.ToString(), i.SubStatus.ToString(), i.SubStatus.ToString(), i.UpdatedAt));
    }

    private static async Task<Results<Ok<ListResponse<ResolvedVariable>>, ProblemHttpResult>> VariablesAsync(
        string id, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct)
    {
        if (await InstanceContext.LoadAsync(id, instances, definitions, ct) is not { } context) return NotFound(id);
        var values = context.Instance.Variables;
        var declared = context.Definition?.Variables ?? [];
        var variables = declared
            .Select(v => new ResolvedVariable(string.IsNullOrEmpty(v.Id) ? v.Name : v.Id, v.Name, values[v.Name]?.DeepClone()))
            .Concat(values.Where(p => declared.All(v => v.Name != p.Key)).Select(p => new ResolvedVariable(p.Key, p.Key, p.Value?.DeepClone())))
            .ToList();
        return TypedResults.Ok(ListResponse<ResolvedVariable>.Of(variables));
    }

    private static async Task<Results<Ok<WorkflowInstanceSummary>, ProblemHttpResult>> CancelAsync(string id, IWorkflowRuntime runtime, CancellationToken ct) =>
        await runtime.CancelAsync(id, ct) is { } instance ? TypedResults.Ok(WorkflowInstanceSummary.From(instance)) : NotFound(id);

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Instansen '{id}' finns inte.");
}
