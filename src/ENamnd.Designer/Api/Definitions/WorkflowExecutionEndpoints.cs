using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Instances;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Running a definition from the designer through the one runtime entry point, at once (execute) or in the background
/// (dispatch, of one instance or of many).
/// </summary>
public static class WorkflowExecutionEndpoints
{
    /// <summary>The most instances one bulk dispatch starts.</summary>
    public const int MaxBulkCount = 1000;

    private const string DispatchFailed = "Arbetsflödet kunde inte skickas iväg";

    /// <summary>The header that names the started instance.</summary>
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";

    /// <summary>The header that says whether the workflow could not start.</summary>
    public const string CannotStartHeader = "x-elsa-workflow-cannot-start";

    /// <summary>Maps <c>POST /workflow-definitions/{definitionId}/execute</c>, <c>…/dispatch</c> and <c>…/bulk-dispatch</c>.</summary>
    public static RouteGroupBuilder MapWorkflowExecution(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", ExecuteAsync);
        api.MapPost("/workflow-definitions/{definitionId}/dispatch", DispatchAsync);
        api.MapPost("/workflow-definitions/{definitionId}/bulk-dispatch", BulkDispatchAsync);
        return api;
    }

    private static async Task<Results<Ok<WorkflowInstanceDetails>, ProblemHttpResult, ValidationProblem>> ExecuteAsync(
        string definitionId, [FromBody] ExecuteWorkflowRequest? body, HttpResponse response,
        IWorkflowDefinitionStore store, WorkflowValidator validator, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var text = body?.VersionOptionsText;
        if (VersionOptionsQuery.Parse(text, VersionOptions.Latest) is not { } options)
            return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(text)], DesignerErrors.Key, "Arbetsflödet kunde inte startas");
        if (await store.FindAsync(definitionId, options, ct) is not { } definition)
            return ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte i versionen '{options}'.");
        var errors = validator.Validate(definition);
        if (errors.Count > 0)
        {
            response.Headers[CannotStartHeader] = "True";
            return ApiProblems.Invalid(errors, DesignerErrors.Key, "Arbetsflödet kan inte startas");
        }
        try
        {
            var request = new StartWorkflowRequest(definitionId)
            {
                VersionOptions = VersionOptions.SpecificVersion(definition.Version),
                CorrelationId = string.IsNullOrWhiteSpace(body?.CorrelationId) ? null : body.CorrelationId,
                Input = body?.Input,
            };
            var result = await runtime.StartAsync(request, ct);
            response.Headers[CannotStartHeader] = "False";
            response.Headers[InstanceIdHeader] = result.Instance.Id;
            return TypedResults.Ok(WorkflowInstanceDetails.From(result.Instance));
        }
        catch (WorkflowNotFoundException e)
        {
            // Deleted or changed between the lookup and the start.
            return ApiProblems.NotFound(e.Message);
        }
    }

    // Elsa's dispatch: checked here as a run would be, started in the background; the answer names the instance to come.
    private static async Task<Results<Ok<DispatchWorkflowResponse>, ProblemHttpResult, ValidationProblem>> DispatchAsync(
        string definitionId, [FromBody] DispatchWorkflowRequest? body, IWorkflowDefinitionStore store, IWorkflowInstanceStore instances,
        WorkflowValidator validator, IWorkflowDispatcher dispatcher, CancellationToken ct)
    {
        var instanceId = string.IsNullOrWhiteSpace(body?.InstanceId) ? IdGenerator.NewId() : body.InstanceId;
        if (!WorkflowValidator.IsSafeId(instanceId))
            return ApiProblems.Invalid([$"instanceId: '{instanceId}' får bara innehålla bokstäverna a–z och A–Z, siffror, '-', '_' och '.'."], DesignerErrors.Key, DispatchFailed);
        var (definition, notFound, invalid) = await DispatchableAsync(definitionId, body?.VersionOptionsText, store, validator, ct);
        if (notFound is not null) return notFound;
        if (invalid is not null || definition is null) return invalid!;
        if (await instances.FindAsync(instanceId, ct) is not null) return ApiProblems.Conflict($"Instansen '{instanceId}' finns redan.");
        await dispatcher.DispatchAsync(StartOf(definition, instanceId, body?.CorrelationId, body?.Input), ct);
        return TypedResults.Ok(new DispatchWorkflowResponse(instanceId));
    }

    // Elsa's bulk dispatch: as many dispatches of one version, each with an instance id made here.
    private static async Task<Results<Ok<BulkDispatchWorkflowsResponse>, ProblemHttpResult, ValidationProblem>> BulkDispatchAsync(
        string definitionId, [FromBody] BulkDispatchWorkflowsRequest? body, IWorkflowDefinitionStore store, WorkflowValidator validator,
        IWorkflowDispatcher dispatcher, CancellationToken ct)
    {
        var count = body?.Count ?? 1;
        if (count is < 1 or > MaxBulkCount)
            return ApiProblems.Invalid([$"count: ange ett antal från 1 till {MaxBulkCount}, inte {count}."], DesignerErrors.Key, DispatchFailed);
        var (definition, notFound, invalid) = await DispatchableAsync(definitionId, body?.VersionOptionsText, store, validator, ct);
        if (notFound is not null) return notFound;
        if (invalid is not null || definition is null) return invalid!;
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var instanceId = IdGenerator.NewId();
            // Checkpoint: each start is queued on its own; a failure part way leaves the queued ones to run.
            await dispatcher.DispatchAsync(StartOf(definition, instanceId, body?.CorrelationId, body?.Input), ct);
            ids.Add(instanceId);
        }
        return TypedResults.Ok(new BulkDispatchWorkflowsResponse(ids));
    }

    // The version a dispatch starts (by default the published one), checked as a run would check it; or why none.
    private static async Task<(WorkflowDefinition? Definition, ProblemHttpResult? NotFound, ValidationProblem? Invalid)> DispatchableAsync(
        string definitionId, string? versionOptions, IWorkflowDefinitionStore store, WorkflowValidator validator, CancellationToken ct)
    {
        if (VersionOptionsQuery.Parse(versionOptions, VersionOptions.Published) is not { } options)
            return (null, null, ApiProblems.Invalid([VersionOptionsQuery.Unreadable(versionOptions)], DesignerErrors.Key, DispatchFailed));
        if (await store.FindAsync(definitionId, options, ct) is not { } definition)
            return (null, ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte i versionen '{options}'."), null);
        if (validator.Validate(definition) is { Count: > 0 } errors) return (null, null, ApiProblems.Invalid(errors, DesignerErrors.Key, DispatchFailed));
        return (definition, null, null);
    }

    private static StartWorkflowRequest StartOf(WorkflowDefinition definition, string instanceId, string? correlationId, JsonObject? input) =>
        new(definition.DefinitionId)
        {
            VersionOptions = VersionOptions.SpecificVersion(definition.Version),
            InstanceId = instanceId,
            CorrelationId = string.IsNullOrWhiteSpace(correlationId) ? null : correlationId,
            // Each instance gets its own copy: a JSON node belongs to one parent.
            Input = (JsonObject?)input?.DeepClone(),
        };
}
