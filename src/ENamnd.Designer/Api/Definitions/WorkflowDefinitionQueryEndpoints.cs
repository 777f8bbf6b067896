using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>Reading definitions: the list, one version, name checks and counts.</summary>
public static class WorkflowDefinitionQueryEndpoints
{
    /// <summary>Maps the read endpoints under <c>/workflow-definitions</c>.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions", ListAsync);
        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}", GetByDefinitionIdAsync);
        api.MapGet("/workflow-definitions/by-id/{id}", GetByIdAsync);
        api.MapGet("/workflow-definitions/many-by-id", GetManyByIdAsync);
        api.MapGet("/workflow-definitions/validation/is-name-unique", IsNameUniqueAsync);
        api.MapGet("/workflow-definitions/query/count", CountAsync);
        return api;
    }

    private static async Task<Results<Ok<PagedListResponse<WorkflowDefinitionSummary>>, ValidationProblem>> ListAsync(
        [AsParameters] DefinitionListQuery query, IWorkflowDefinitionStore store, CancellationToken ct)
    {
        if (VersionOptionsQuery.Parse(query.VersionOptions, VersionOptions.AllVersions) is not { } options)
            return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(query.VersionOptions)], DesignerErrors.Key);
        var (paging, invalid) = DesignerPaging.From(query.Page, query.PageSize);
        if (invalid is not null) return invalid;
        var only = query.DefinitionIds is [var single] ? single : null;
        var (page, total) = DefinitionListing.Apply(await store.ListAsync(only, options, ct), query, paging);
        return TypedResults.Ok(new PagedListResponse<WorkflowDefinitionSummary>(
            page.Select(WorkflowDefinitionSummary.From).ToList(), total, DefinitionLinks.ForList()));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> GetByDefinitionIdAsync(
        string definitionId, string? versionOptions, IWorkflowDefinitionStore store, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (VersionOptionsQuery.Parse(versionOptions, VersionOptions.Latest) is not { } options)
            return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(versionOptions)], DesignerErrors.Key);
        return await store.FindAsync(definitionId, options, ct) is { } definition
            ? TypedResults.Ok(DefinitionJson.Of(serializer, definition))
            : ApiProblems.NotFound($"Arbetsflödet '{definitionId}' finns inte i versionen '{options}'.");
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetByIdAsync(
        string id, IWorkflowDefinitionStore store, WorkflowDefinitionSerializer serializer, CancellationToken ct) =>
        await store.FindByIdAsync(id, ct) is { } definition
            ? TypedResults.Ok(DefinitionJson.Of(serializer, definition))
            : ApiProblems.NotFound($"Arbetsflödesversionen '{id}' finns inte.");

    private static async Task<Ok<ListResponse<JsonObject>>> GetManyByIdAsync(
        string[]? ids, IWorkflowDefinitionStore store, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        var found = new List<JsonObject>();
        foreach (var id in (ids ?? []).Distinct())
        {
            if (await store.FindByIdAsync(id, ct) is { } definition) found.Add(DefinitionJson.Of(serializer, definition));
        }
        return TypedResults.Ok(ListResponse<JsonObject>.Of(found));
    }

    private static async Task<Ok<IsNameUniqueResponse>> IsNameUniqueAsync(string? name, string? definitionId, IWorkflowDefinitionStore store, CancellationToken ct)
    {
        var wanted = name?.Trim() ?? "";
        var taken = (await store.ListAsync(null, VersionOptions.Latest, ct))
            .Any(d => d.DefinitionId != definitionId && string.Equals(d.Name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
        return TypedResults.Ok(new IsNameUniqueResponse(!taken));
    }

    private static async Task<Ok<CountResponse>> CountAsync(IWorkflowDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok(new CountResponse((await store.ListAsync(null, VersionOptions.Latest, ct)).Count));
}
