using System.Text;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Exports definitions as Elsa does: one version as a JSON file, several (or one with the workflows that use it, at their
/// latest versions) as a ZIP file of JSON files, which the import of files takes back.
/// </summary>
public static class WorkflowDefinitionExportEndpoints
{
    private const string ZipName = "workflow-definitions.zip";

    /// <summary>Maps <c>GET /workflow-definitions/{definitionId}/export</c> and <c>POST /bulk-actions/export/workflow-definitions</c>.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionExports(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/export", ExportAsync);
        api.MapPost("/bulk-actions/export/workflow-definitions", BulkExportAsync);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportAsync(
        string definitionId, string? versionOptions, bool? includeConsumingWorkflows, IWorkflowDefinitionStore store, WorkflowReferenceGraph graph,
        WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (VersionOptionsQuery.Parse(versionOptions, VersionOptions.Latest) is not { } options)
            return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(versionOptions)], DesignerErrors.Key);
        if (await store.FindAsync(definitionId, options, ct) is not { } definition)
            return ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte i versionen '{options}'.");
        if (includeConsumingWorkflows != true)
            return TypedResults.File(Encoding.UTF8.GetBytes(serializer.ToJson(definition)), "application/json", $"{FileNameOf(definition)}.json");
        return Zip(serializer, await WithConsumersAsync([definition], store, graph, ct));
    }

    private static async Task<Results<FileContentHttpResult, NoContent>> BulkExportAsync(
        BulkExportRequest? body, IWorkflowDefinitionStore store, WorkflowReferenceGraph graph, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        var definitions = new List<WorkflowDefinition>();
        foreach (var id in (body?.Ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct())
        {
            if (await store.FindByIdAsync(id!, ct) is { } definition) definitions.Add(definition);
        }
        if (body?.IncludeConsumingWorkflows == true) definitions = await WithConsumersAsync(definitions, store, graph, ct);
        return definitions.Count == 0 ? TypedResults.NoContent() : Zip(serializer, definitions);
    }

    // The definitions and the latest version of every workflow that uses one of them, directly or through others.
    private static async Task<List<WorkflowDefinition>> WithConsumersAsync(
        List<WorkflowDefinition> definitions, IWorkflowDefinitionStore store, WorkflowReferenceGraph graph, CancellationToken ct)
    {
        var all = new List<WorkflowDefinition>(definitions);
        var known = definitions.Select(d => d.DefinitionId).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            foreach (var consumer in await graph.ConsumersOfAsync(definition.DefinitionId, ct))
            {
                if (known.Add(consumer) && await store.FindAsync(consumer, VersionOptions.Latest, ct) is { } latest) all.Add(latest);
            }
        }
        return all;
    }

    private static FileContentHttpResult Zip(WorkflowDefinitionSerializer serializer, IEnumerable<WorkflowDefinition> definitions)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Two workflows with the same name and version get distinct entries.
        return JsonZip.Of(definitions.Select(d => (names.Add(FileNameOf(d)) ? $"{FileNameOf(d)}.json" : $"{FileNameOf(d)}-{d.Id}.json", serializer.ToJson(d))), ZipName);
    }

    private static string FileNameOf(WorkflowDefinition definition)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string((definition.Name ?? definition.DefinitionId).Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '-' : c).ToArray());
        return $"{name}-v{definition.Version}";
    }
}
