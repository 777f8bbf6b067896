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

/// <summary>Running a definition from the designer through the one runtime entry point, at once (execute) or in the background (dispatch).</summary>
public static class WorkflowExecutionEndpoints
{
    /// <summary>The header that names the started instance.</summary>
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";

    /// <summary>The header that says whether the workflow could not start.</summary>
    public const string CannotStartHeader = "x-elsa-workflow-cannot-start";

    /// <summary>Maps <c>POST /workflow-definitions/{definitionId}/execute</c> and <c>…/dispatch</c>.</summary>
    public static RouteGroupBuilder MapWorkflowExecution(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", ExecuteAsync);
        api.MapPost("/workflow-definitions/{definitionId}/dispatch", DispatchAsync);
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
        const string failed = "Arbetsflödet kunde inte skickas iväg";
        var text = body?.VersionOptionsText;
        if (VersionOptionsQuery.Parse(text, VersionOptions.Published) is not { } options)
            return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(text)], DesignerErrors.Key, failed);
        var instanceId = string.IsNullOrWhiteSpace(body?.InstanceId) ? IdGenerator.NewId() : body.InstanceId;
        if (!WorkflowValidator.IsSafeId(instanceId))
            return ApiProblems.Invalid([$"instanceId: '{instanceId}' får bara innehålla bokstäverna a–z och A–Z, siffror, '-', '_' och '.'."], DesignerErrors.Key, failed);
        if (await store.FindAsync(definitionId, options, ct) is not { } definition)
            return ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte i versionen '{options}'.");
        if (validator.Validate(definition) is { Count: > 0 } errors) return ApiProblems.Invalid(errors, DesignerErrors.Key, failed);
        if (await instances.FindAsync(instanceId, ct) is not null) return ApiProblems.Conflict($"Instansen '{instanceId}' finns redan.");
        await dispatcher.DispatchAsync(new StartWorkflowRequest(definitionId)
        {
            VersionOptions = VersionOptions.SpecificVersion(definition.Version),
            InstanceId = instanceId,
            CorrelationId = string.IsNullOrWhiteSpace(body?.CorrelationId) ? null : body.CorrelationId,
            Input = body?.Input,
        }, ct);
        return TypedResults.Ok(new DispatchWorkflowResponse(instanceId));
    }
}
