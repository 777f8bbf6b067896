using System.IO.Compression;
using System.Text.Json;
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
    /// <summary>The largest upload accepted (all files together).</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    private const string ImportFailed = "Arbetsflödet kunde inte importeras";

    /// <summary>Maps the import endpoints.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionImports(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions/import", ImportAsync);
        // Coordinators only (API key or login cookie, whose SameSite policy keeps other sites out); the Studio sends no antiforgery token.
        api.MapPost("/workflow-definitions/import-files", ImportFilesAsync).DisableAntiforgery();
        return api;
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> ImportAsync(
        JsonObject? model, DefinitionIntake intake, WorkflowReferenceUpdater references, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (model is null) return ApiProblems.Invalid(["Begäran saknar arbetsflödet."], DesignerErrors.Key, ImportFailed);
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
        if (!request.HasFormContentType) return ApiProblems.Invalid(["Skicka filerna som multipart/form-data i fältet 'files'."], DesignerErrors.Key, ImportFailed);
        if (request.ContentLength > MaxUploadBytes) return ApiProblems.Invalid([TooLarge], DesignerErrors.Key, ImportFailed);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return ApiProblems.Invalid(["Filerna kunde inte läsas: " + e.Message], DesignerErrors.Key, ImportFailed);
        }
        var files = form.Files.GetFiles("files") is { Count: > 0 } named ? named : form.Files;
        if (files.Count == 0) return ApiProblems.Invalid(["Inga filer att importera."], DesignerErrors.Key, ImportFailed);
        if (files.Sum(f => f.Length) > MaxUploadBytes) return ApiProblems.Invalid([TooLarge], DesignerErrors.Key, ImportFailed);
        var models = new List<(string? Source, JsonObject Model, bool? Publish)>();
        var errors = new List<string>();
        foreach (var file in files) await ReadAsync(file, models, errors, ct);
        if (errors.Count == 0 && models.Count == 0) errors.Add("Filerna innehåller inga arbetsflöden.");
        if (errors.Count > 0) return ApiProblems.Invalid(errors, DesignerErrors.Key, ImportFailed);
        var (saved, problems, warnings) = await intake.TakeAsync(models, import: true, ct);
        if (problems.Count > 0) return ApiProblems.Invalid(problems, DesignerErrors.Key, ImportFailed);
        await UpdateConsumersAsync(saved, references, ct);
        return TypedResults.Ok(new ImportFilesResponse(saved.Count, warnings));
    }

    // As after any publish: an imported published workflow moves the workflows that use it (when its options ask for it).
    private static async Task UpdateConsumersAsync(IReadOnlyList<WorkflowDefinition> saved, WorkflowReferenceUpdater references, CancellationToken ct)
    {
        foreach (var definition in saved.Where(d => d.IsPublished)) await references.UpdateConsumersAsync(definition, ct);
    }

    private static string TooLarge => $"Filerna är för stora: högst {MaxUploadBytes / 1024 / 1024} MB går att importera på en gång.";

    // A JSON file holds one definition; a ZIP file (as the list's export makes) holds one JSON file per definition.
    private static async Task ReadAsync(IFormFile file, List<(string?, JsonObject, bool?)> models, List<string> errors, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        if (file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            // In memory (the upload's size is capped): the form's file stream does not seek the way a ZIP reader needs.
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            try
            {
                using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    await using var content = entry.Open();
                    await ReadJsonAsync($"{file.FileName}/{entry.FullName}", content, models, errors, ct);
                }
            }
            catch (InvalidDataException)
            {
                errors.Add($"{file.FileName}: är ingen giltig ZIP-fil.");
            }
            return;
        }
        await ReadJsonAsync(file.FileName, stream, models, errors, ct);
    }

    private static async Task ReadJsonAsync(string source, Stream content, List<(string?, JsonObject, bool?)> models, List<string> errors, CancellationToken ct)
    {
        try
        {
            if (await JsonNode.ParseAsync(content, cancellationToken: ct) is JsonObject model) models.Add((source, model, null));
            else errors.Add($"{source}: innehåller inget arbetsflöde (ett JSON-objekt väntades).");
        }
        catch (JsonException e)
        {
            errors.Add($"{source}: är inte giltig JSON ({e.Message}).");
        }
    }
}

/// <summary>How many definitions an import of files saved, and what in them would stop a run (e.g. activity types the engine lacks).</summary>
public sealed record ImportFilesResponse(int Count, IReadOnlyList<string> Warnings);
