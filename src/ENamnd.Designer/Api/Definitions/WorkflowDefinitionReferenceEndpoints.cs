using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>The workflows that use a workflow as an activity: list them, and move them to its published version (Elsa's consumers and update-references).</summary>
public static class WorkflowDefinitionReferenceEndpoints
{
    /// <summary>Maps <c>GET /workflow-definitions/{definitionId}/consumers</c> and <c>POST /workflow-definitions/{definitionId}/update-references</c>.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionReferences(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/consumers", ConsumersAsync);
        api.MapPost("/workflow-definitions/{definitionId}/update-references", UpdateReferencesAsync);
        return api;
    }

    private static async Task<Results<Ok<ConsumersResponse>, ProblemHttpResult>> ConsumersAsync(
        string definitionId, IWorkflowDefinitionStore store, WorkflowReferenceGraph graph, CancellationToken ct) =>
        await store.FindAsync(definitionId, VersionOptions.Latest, ct) is null
            ? NotFound(definitionId)
            : TypedResults.Ok(new ConsumersResponse(await graph.ConsumersOfAsync(definitionId, ct)));

    private static async Task<Results<Ok<UpdateReferencesResponse>, ProblemHttpResult>> UpdateReferencesAsync(
        string definitionId, IWorkflowDefinitionStore store, WorkflowReferenceUpdater updater, CancellationToken ct)
    {
        if (await store.FindAsync(definitionId, VersionOptions.Latest, ct) is not { } latest) return NotFound(definitionId);
        if (latest.IsReadonly) return ApiProblems.Conflict($"Arbetsflödet '{latest.Name ?? definitionId}' är skrivskyddat.");
        var updated = await updater.UpdateConsumersAsync(latest, ct);
        return TypedResults.Ok(new UpdateReferencesResponse([.. updated.Select(d => d.Name ?? d.DefinitionId)]));
    }

    private static ProblemHttpResult NotFound(string definitionId) => ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte.");
}
