using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Deleting instances, one or several, and cancelling several (Elsa's instance list actions).</summary>
public static class WorkflowInstanceCommandEndpoints
{
    private const string NothingSelected = "Ange vilka instanser som avses: ids eller arbetsflöden.";

    /// <summary>Maps <c>DELETE /workflow-instances/{id}</c> and the bulk delete and cancel actions.</summary>
    public static RouteGroupBuilder MapWorkflowInstanceCommands(this RouteGroupBuilder api)
    {
        api.MapDelete("/workflow-instances/{id}", DeleteAsync);
        api.MapPost("/bulk-actions/delete/workflow-instances", BulkDeleteAsync);
        // Elsa's older route for the same action, which its API client still calls.
        api.MapPost("/bulk-actions/delete/workflow-instances/by-id", BulkDeleteAsync);
        api.MapPost("/bulk-actions/cancel/workflow-instances", BulkCancelAsync);
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, WorkflowInstanceRemover remover, CancellationToken ct)
    {
        var deletion = await remover.DeleteAsync(id, ct);
        return deletion.Outcome switch
        {
            InstanceDeletionOutcome.Deleted => TypedResults.NoContent(),
            InstanceDeletionOutcome.NotFound => ApiProblems.NotFound($"Instansen '{id}' finns inte."),
            _ => ApiProblems.Conflict($"Instansen '{id}' kan inte raderas. {string.Join(" ", deletion.Reasons)}"),
        };
    }

    private static async Task<Results<Ok<BulkInstancesDeletedResponse>, ValidationProblem>> BulkDeleteAsync(
        BulkDeleteInstancesRequest? body, IWorkflowInstanceStore instances, WorkflowInstanceRemover remover, CancellationToken ct)
    {
        var ids = Clean(body?.Ids);
        var definitionIds = Clean([body?.WorkflowDefinitionId, .. body?.WorkflowDefinitionIds ?? []]);
        if (ids.Count == 0 && definitionIds.Count == 0) return ApiProblems.Invalid(NothingSelected);
        foreach (var definitionId in definitionIds)
            ids.AddRange((await instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), ct)).Select(i => i.Id));
        long deleted = 0;
        // Instances kept for their records, or not found, are passed over; the count says how many went.
        foreach (var id in ids.Distinct())
        {
            if ((await remover.DeleteAsync(id, ct)).Outcome == InstanceDeletionOutcome.Deleted) deleted++;
        }
        return TypedResults.Ok(new BulkInstancesDeletedResponse(deleted));
    }

    private static async Task<Results<Ok<BulkInstancesCancelledResponse>, ValidationProblem>> BulkCancelAsync(
        BulkCancelInstancesRequest? body, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var ids = Clean(body?.Ids);
        var versionIds = Clean([body?.DefinitionVersionId]);
        if (string.IsNullOrWhiteSpace(body?.DefinitionId) != string.IsNullOrWhiteSpace(body?.VersionOptions))
            return ApiProblems.Invalid("definitionId och versionOptions anges tillsammans eller inte alls.");
        if (body?.DefinitionId is { Length: > 0 } definitionId)
        {
            if (VersionOptionsQuery.Parse(body.VersionOptions, VersionOptions.Latest) is not { } options)
                return ApiProblems.Invalid(VersionOptionsQuery.Unreadable(body.VersionOptions));
            versionIds.AddRange((await definitions.ListAsync(definitionId, options, ct)).Select(d => d.Id));
            // The definition exists but the options select no version: nothing of it is cancelled.
            if (versionIds.Count == 0 && ids.Count == 0) return TypedResults.Ok(new BulkInstancesCancelledResponse(0));
        }
        if (ids.Count == 0 && versionIds.Count == 0) return ApiProblems.Invalid(NothingSelected);
        var running = await instances.ListAsync(new WorkflowInstanceFilter(Status: WorkflowStatus.Running), ct);
        var cancelled = 0;
        foreach (var instance in running.Where(i => ids.Contains(i.Id) || versionIds.Contains(i.DefinitionVersionId)))
        {
            if (await runtime.CancelAsync(instance.Id, ct) is { Status: WorkflowStatus.Finished }) cancelled++;
        }
        return TypedResults.Ok(new BulkInstancesCancelledResponse(cancelled));
    }

    // The ids given, once each; blank entries name nothing.
    private static List<string> Clean(IEnumerable<string?>? ids) => [.. (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct()];
}
