using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>
/// Elsa's alterations API (Elsa.Alterations): run alterations on instances now, submit a durable plan for the instances
/// a filter selects and read its status, dry-run a filter, and retry faulted instances (the client's <c>BulkRetryAsync</c>).
/// </summary>
public static class AlterationEndpoints
{
    /// <summary>Maps the endpoints under <c>/alterations</c>.</summary>
    public static RouteGroupBuilder MapAlterations(this RouteGroupBuilder api)
    {
        api.MapPost("/alterations/run", RunAsync);
        api.MapPost("/alterations/submit", SubmitAsync);
        api.MapPost("/alterations/dry-run", DryRunAsync);
        api.MapPost("/alterations/workflows/retry", RetryAsync);
        api.MapGet("/alterations/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<AlterationResultsResponse>, ValidationProblem>> RunAsync([FromBody] JsonObject body, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var alterations = AlterationJson.ReadAll(body["alterations"] as JsonArray, "alterations", errors);
        var ids = AlterationRequest.ReadIds(body["workflowInstanceIds"], "workflowInstanceIds", errors);
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        var results = new List<RunAlterationsResult>();
        foreach (var id in ids) results.Add(RunAlterationsResult.From(await runtime.AlterAsync(id, alterations, ct)));
        return TypedResults.Ok(new AlterationResultsResponse(results));
    }

    private static async Task<Results<Ok<SubmitResponse>, ValidationProblem>> SubmitAsync([FromBody] JsonObject body, AlterationPlanRunner runner,
        IAlterationPlanStore plans, IAlterationPlanDispatcher dispatcher, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var alterations = AlterationJson.ReadAll(body["alterations"] as JsonArray, "alterations", errors);
        var filter = AlterationRequest.ReadFilter(body["filter"], "filter", errors);
        var id = body["id"] is JsonValue v && v.TryGetValue<string>(out var given) && !string.IsNullOrWhiteSpace(given) ? given : null;
        if (id is not null && await plans.FindAsync(id, ct) is not null) errors["id"] = [$"Det finns redan en plan med id \"{id}\"."];
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        var plan = await runner.SubmitAsync(alterations, filter, id, ct);
        // The plan is stored before it is dispatched: if the dispatch is lost, the recovery sweep runs the plan.
        await dispatcher.DispatchAsync(plan.Id, ct);
        return TypedResults.Ok(new SubmitResponse(plan.Id));
    }

    private static async Task<Results<Ok<DryRunResponse>, ValidationProblem>> DryRunAsync([FromBody] JsonObject body, AlterationPlanRunner runner, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = AlterationRequest.ReadFilter(body, "filter", errors);
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        return TypedResults.Ok(new DryRunResponse(await runner.FindInstancesAsync(filter, ct)));
    }

    private static async Task<Results<Ok<AlterationResultsResponse>, ValidationProblem>> RetryAsync([FromBody] JsonObject body, IWorkflowRuntime runtime,
        IWorkflowInstanceStore instances, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var ids = AlterationRequest.ReadIds(body["workflowInstanceIds"], "workflowInstanceIds", errors);
        var activityIds = AlterationRequest.ReadIds(body["activityIds"], "activityIds", errors, required: false);
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        var results = new List<RunAlterationsResult>();
        foreach (var id in ids)
        {
            var instance = await instances.FindAsync(id, ct);
            var retries = instance is null ? [] : RetryAlterations.For(instance, activityIds);
            if (retries.Count == 0)
            {
                var reason = instance is null ? $"Instansen \"{id}\" finns inte." : "Instansen har ingen aktivitet med fel att köra om.";
                var entry = new AlterationLogEntry(reason, LogLevel.Error, clock.GetUtcNow());
                results.Add(RunAlterationsResult.From(new AlterationResult(id, [entry], WorkflowHasScheduledWork: false, IsSuccessful: false)));
                continue;
            }
            results.Add(RunAlterationsResult.From(await runtime.AlterAsync(id, retries, ct)));
        }
        return TypedResults.Ok(new AlterationResultsResponse(results));
    }

    private static async Task<Results<Ok<AlterationPlanResponse>, ProblemHttpResult>> GetAsync(string id, IAlterationPlanStore plans, CancellationToken ct) =>
        await plans.FindAsync(id, ct) is { } plan
            ? TypedResults.Ok(new AlterationPlanResponse(AlterationPlanModel.From(plan), await plans.ListJobsAsync(id, ct)))
            : ApiProblems.NotFound($"Ändringsplanen \"{id}\" finns inte.");
}
