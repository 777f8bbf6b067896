using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>Changing definitions: save (and publish), publish, retract, revert, delete a definition or one version.</summary>
public static class WorkflowDefinitionCommandEndpoints
{
    private const string SaveFailed = "Arbetsflödet kunde inte sparas";

    /// <summary>Maps the write endpoints.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionCommands(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions", SaveAsync);
        api.MapPost("/workflow-definitions/{definitionId}/publish", PublishAsync);
        api.MapPost("/workflow-definitions/{definitionId}/retract", RetractAsync);
        api.MapPost("/workflow-definitions/{definitionId}/revert/{version:int}", RevertAsync);
        api.MapDelete("/workflow-definitions/{definitionId}", DeleteAsync);
        api.MapDelete("/workflow-definition-versions/{id}", DeleteVersionAsync);
        return api;
    }

    private static async Task<Results<Ok<SaveWorkflowDefinitionResponse>, ValidationProblem>> SaveAsync(
        SaveWorkflowDefinitionRequest body, DefinitionIntake intake, WorkflowReferenceUpdater references, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (body.Model is null) return ApiProblems.Invalid(["Begäran saknar arbetsflödet (model)."], DesignerErrors.Key, SaveFailed);
        var (saved, errors, warnings) = await intake.TakeAsync([(null, body.Model, body.Publish == true)], import: false, ct);
        if (errors.Count > 0) return ApiProblems.Invalid(errors, DesignerErrors.Key, SaveFailed);
        IReadOnlyList<WorkflowDefinition> consumers = body.Publish == true ? await references.UpdateConsumersAsync(saved[0], ct) : [];
        return TypedResults.Ok(new SaveWorkflowDefinitionResponse(DefinitionJson.Of(serializer, saved[0]), AlreadyPublished: false, consumers.Count) { Warnings = warnings });
    }

    private static async Task<Results<Ok<SaveWorkflowDefinitionResponse>, ProblemHttpResult, ValidationProblem>> PublishAsync(
        string definitionId, WorkflowDefinitionManager manager, WorkflowReferenceUpdater references, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        try
        {
            if (await manager.PublishAsync(definitionId, ct) is not { } result) return ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte.");
            IReadOnlyList<WorkflowDefinition> consumers = result.AlreadyPublished ? [] : await references.UpdateConsumersAsync(result.Definition, ct);
            return TypedResults.Ok(new SaveWorkflowDefinitionResponse(DefinitionJson.Of(serializer, result.Definition), result.AlreadyPublished, consumers.Count));
        }
        catch (WorkflowValidationException e)
        {
            return ApiProblems.Invalid(e.Errors, DesignerErrors.Key, "Arbetsflödet kunde inte publiceras");
        }
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> RetractAsync(
        string definitionId, WorkflowDefinitionManager manager, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        try
        {
            return await manager.RetractAsync(definitionId, ct) is { } retracted
                ? TypedResults.Ok(DefinitionJson.Of(serializer, retracted))
                : ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte.");
        }
        catch (WorkflowValidationException e)
        {
            return ApiProblems.Invalid(e.Errors, DesignerErrors.Key, "Arbetsflödet kunde inte avpubliceras");
        }
    }

    private static async Task<Results<Ok<WorkflowDefinitionSummary>, ProblemHttpResult>> RevertAsync(
        string definitionId, int version, WorkflowDefinitionManager manager, CancellationToken ct) =>
        await manager.RevertAsync(definitionId, version, ct) is { } reverted
            ? TypedResults.Ok(WorkflowDefinitionSummary.From(reverted))
            : ApiProblems.NotFound($"Arbetsflödet '{definitionId}' har ingen version {version}.");

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string definitionId, WorkflowDefinitionManager manager, CancellationToken ct) =>
        await manager.DeleteAsync(definitionId, ct) is not null
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte.");

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteVersionAsync(string id, WorkflowDefinitionManager manager, CancellationToken ct)
    {
        try
        {
            return await manager.DeleteVersionAsync(id, ct)
                ? TypedResults.NoContent()
                : ApiProblems.NotFound($"Arbetsflödesversionen '{id}' finns inte.");
        }
        catch (WorkflowDefinitionInUseException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
    }
}
