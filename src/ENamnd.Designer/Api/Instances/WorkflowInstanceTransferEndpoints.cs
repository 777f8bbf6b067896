using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// Moving instances between installations (Elsa's instance export and import): one instance as a JSON file, several as
/// a ZIP file of them, and the import of such files, which writes each instance, its bookmarks and its journal at once.
/// </summary>
public static class WorkflowInstanceTransferEndpoints
{
    private const string ZipName = "workflow-instances.zip";
    private const string ImportFailed = "Instanserna kunde inte importeras";
    private const string ImportKey = "workflowInstance";

    /// <summary>Maps the export and import routes of instances.</summary>
    public static RouteGroupBuilder MapWorkflowInstanceTransfers(this RouteGroupBuilder api)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        api.MapMethods("/workflow-instances/{id}/export", getOrPost, ExportAsync);
        api.MapMethods("/bulk-actions/export/workflow-instances", getOrPost, BulkExportAsync);
        // Coordinators only (API key or login cookie, whose SameSite policy keeps other sites out); the Studio sends no antiforgery token.
        api.MapPost("/bulk-actions/import/workflow-instances", ImportAsync).DisableAntiforgery();
        api.MapPost("/workflow-instances/import", ImportAsync).DisableAntiforgery();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string id, bool? includeBookmarks, bool? includeActivityExecutionLog, bool? includeWorkflowExecutionLog,
        IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, IBookmarkStore bookmarks, CancellationToken ct)
    {
        if (await InstanceContext.LoadWithJournalAsync(id, instances, definitions, ct) is not { } context) return ApiProblems.NotFound($"Instansen '{id}' finns inte.");
        var request = new BulkExportInstancesRequest([id], includeBookmarks, includeActivityExecutionLog, includeWorkflowExecutionLog);
        var export = await InstanceExport.OfAsync(context, request, bookmarks, ct);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export), "application/json", InstanceExport.FileNameOf(context.Instance));
    }

    // As Elsa: one instance found gives its JSON file, several a ZIP file, none an empty answer.
    private static async Task<Results<FileContentHttpResult, NoContent>> BulkExportAsync(
        HttpRequest http, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, IBookmarkStore bookmarks, CancellationToken ct)
    {
        var request = await ReadExportRequestAsync(http, ct);
        var files = new List<(string Name, string Json)>();
        foreach (var id in (request.Ids ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct())
        {
            if (await InstanceContext.LoadWithJournalAsync(id!, instances, definitions, ct) is not { } context) continue;
            var export = await InstanceExport.OfAsync(context, request, bookmarks, ct);
            files.Add((InstanceExport.FileNameOf(context.Instance), export.ToJsonString()));
        }
        return files.Count switch
        {
            0 => TypedResults.NoContent(),
            1 => TypedResults.File(Encoding.UTF8.GetBytes(files[0].Json), "application/json", files[0].Name),
            _ => JsonZip.Of(files, ZipName),
        };
    }

    // Elsa takes the ids in a JSON body (POST) or in the query (GET); a body that cannot be read selects nothing.
    private static async Task<BulkExportInstancesRequest> ReadExportRequestAsync(HttpRequest http, CancellationToken ct)
    {
        if (http.HasJsonContentType())
        {
            try
            {
                return await http.ReadFromJsonAsync<BulkExportInstancesRequest>(ct) ?? new(null, null, null, null);
            }
            catch (JsonException)
            {
                return new(null, null, null, null);
            }
        }
        bool? Flag(string name) => bool.TryParse(http.Query[name], out var value) ? value : null;
        return new([.. http.Query["ids"]], Flag("includeBookmarks"), Flag("includeActivityExecutionLog"), Flag("includeWorkflowExecutionLog"));
    }

    private static async Task<Results<Ok<ImportInstancesResponse>, ValidationProblem>> ImportAsync(
        HttpRequest http, IWorkflowInstanceStore instances, WorkflowInstanceImporter importer, CancellationToken ct)
    {
        var (objects, errors) = http.HasJsonContentType() ? await ReadBodyAsync(http, ct) : await UploadedJsonFiles.ReadAsync(http, ct);
        if (errors.Count == 0 && objects.Count == 0) errors.Add("Filerna innehåller inga instanser.");
        var files = new List<InstanceImportFile>();
        foreach (var (source, json) in objects)
        {
            var (file, error) = InstanceImportFile.Read(source, json);
            if (file is not null) files.Add(file);
            if (error is not null) errors.Add(error);
        }
        // Every file is checked before any is written, so a bad one leaves the good ones unwritten too.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!seen.Add(file.Instance.Id)) errors.Add($"{file.Source}: instansen '{file.Instance.Id}' finns i flera filer.");
            else if (await instances.FindAsync(file.Instance.Id, ct) is not null) errors.Add($"{file.Source}: instansen '{file.Instance.Id}' finns redan.");
            else if (await importer.CheckAsync(file.Instance, file.Journal, ct) is { } refusal) errors.Add($"{file.Source}: {refusal}");
        }
        if (errors.Count > 0) return ApiProblems.Invalid(errors, ImportKey, ImportFailed);
        var imported = 0;
        foreach (var file in files)
        {
            // Each instance is one step; one imported meanwhile by another request is reported, the others stay written.
            if (await importer.ImportAsync(file.Instance, file.Journal, ct) is { } refusal) errors.Add($"{file.Source}: {refusal}");
            else imported++;
        }
        if (errors.Count > 0) return ApiProblems.Invalid($"{imported} av {files.Count} instanser importerades.", errors, ImportKey, ImportFailed);
        return TypedResults.Ok(new ImportInstancesResponse(imported));
    }

    // One exported instance sent as the JSON body itself, rather than as a file.
    private static async Task<(List<(string Source, JsonObject Json)>, List<string>)> ReadBodyAsync(HttpRequest http, CancellationToken ct)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Body, cancellationToken: ct) is JsonObject json
                ? ([("body", json)], [])
                : ([], ["Begäran innehåller inget JSON-objekt."]);
        }
        catch (JsonException e)
        {
            return ([], [$"Begäran är inte giltig JSON{UploadedJsonFiles.Where(e)}."]);
        }
    }
}
