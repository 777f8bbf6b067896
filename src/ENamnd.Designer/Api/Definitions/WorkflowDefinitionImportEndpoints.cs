using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Imports exported definitions: one as JSON (the editor's Import) or JSON and ZIP files (the list's Import). Each
/// becomes the newest version of its definition id (a new definition when the id is new); one exported as published
/// is published again. Either every definition is imported or none is.
/// </summary>
public static class WorkflowDefinitionImportEndpoints
{
    private const string ImportFailed = "Arbetsflödet kunde inte importeras";

    /// <summary>Maps the import endpoints.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionImports(this RouteGroupBuilder api)
    {
        // Elsa takes the editor's import by POST or PUT, with or without the definition id in the path.
        api.MapMethods("/workflow-definitions/import", [HttpMethods.Post, HttpMethods.Put], (JsonObject? model, DefinitionIntake intake,
            WorkflowReferenceUpdater references, WorkflowDefinitionSerializer serializer, CancellationToken ct) => ImportAsync(null, model, intake, references, serializer, ct));
        api.MapMethods("/workflow-definitions/{definitionId}/import", [HttpMethods.Post, HttpMethods.Put], ImportAsync);
        // Coordinators only (API key or login cookie, whose SameSite policy keeps other sites out); the Studio sends no antiforgery token.
        api.MapPost("/workflow-definitions/import-files", ImportFilesAsync).DisableAntiforgery();
        return api;
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> ImportAsync(string? definitionId,
        JsonObject? model, DefinitionIntake intake, WorkflowReferenceUpdater references, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (model is null) return ApiProblems.Invalid(["Begäran saknar arbetsflödet."], DesignerErrors.Key, ImportFailed);
        if (definitionId is not null)
        {
            // The path names the definition the model is imported as; a model naming another one is refused, not moved.
            var named = (model["definitionId"] as JsonValue)?.TryGetValue<string>(out var id) == true ? id : null;
            if (string.IsNullOrWhiteSpace(named)) model["definitionId"] = definitionId;
            else if (named != definitionId)
                return ApiProblems.Invalid([$"definitionId: arbetsflödet heter '{named}' men adressen anger '{definitionId}'."], DesignerErrors.Key, ImportFailed);
        }
        var (saved, errors, warnings) = await intake.TakeAsync([(null, model, null)], import: true, ct);
        if (errors.Count > 0) return ApiProblems.Invalid(errors, DesignerErrors.Key, ImportFailed);
        await UpdateConsumersAsync(saved, references, ct);
        var imported = DefinitionJson.Of(serializer, saved[0]);
        // Only when there are any, so the imported definition reads as Elsa's otherwise; Elsa Studio ignores the key.
        if (warnings.Count > 0) imported["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode?)w)]);
        return TypedResults.Ok(imported);
    }

    private static async Task<Results<Ok<ImportFilesResponse>, ValidationProblem>> ImportFilesAsync(
        HttpRequest request, DefinitionIntake intake, WorkflowReferenceUpdater references, CancellationToken ct)
    {
        var (files, errors) = await UploadedJsonFiles.ReadAsync(request, ct);
        if (errors.Count == 0 && files.Count == 0) errors.Add("Filerna innehåller inga arbetsflöden.");
        if (errors.Count > 0) return ApiProblems.Invalid(errors, DesignerErrors.Key, ImportFailed);
        var (saved, problems, warnings) = await intake.TakeAsync([.. files.Select(f => ((string?)f.Source, f.Json, (bool?)null))], import: true, ct);
        if (problems.Count > 0) return ApiProblems.Invalid(problems, DesignerErrors.Key, ImportFailed);
        await UpdateConsumersAsync(saved, references, ct);
        return TypedResults.Ok(new ImportFilesResponse(saved.Count, warnings));
    }

    // As after any publish: an imported published workflow moves the workflows that use it (when its options ask for it).
    private static async Task UpdateConsumersAsync(IReadOnlyList<WorkflowDefinition> saved, WorkflowReferenceUpdater references, CancellationToken ct)
    {
        foreach (var definition in saved.Where(d => d.IsPublished)) await references.UpdateConsumersAsync(definition, ct);
    }
}

/// <summary>How many definitions an import of files saved, and what in them would stop a run (e.g. activity types the engine lacks).</summary>
public sealed record ImportFilesResponse(int Count, IReadOnlyList<string> Warnings);
