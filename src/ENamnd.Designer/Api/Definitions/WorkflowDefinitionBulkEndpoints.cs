using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>The definition list's bulk actions: delete, publish and retract several at once.</summary>
public static class WorkflowDefinitionBulkEndpoints
{
    /// <summary>Maps the endpoints under <c>/bulk-actions</c>.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionBulkActions(this RouteGroupBuilder api)
    {
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-definition-id", DeleteDefinitionsAsync);
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-id", DeleteVersionsAsync);
        api.MapPost("/bulk-actions/publish/workflow-definitions/by-definition-ids", PublishAsync);
        api.MapPost("/bulk-actions/retract/workflow-definitions/by-definition-ids", RetractAsync);
        return api;
    }

    private static async Task<Ok<BulkDeleteResponse>> DeleteDefinitionsAsync(BulkDefinitionIdsRequest body, WorkflowDefinitionManager manager, CancellationToken ct)
    {
        long deleted = 0;
        foreach (var definitionId in Ids(body.DefinitionIds))
            deleted += (await manager.DeleteAsync(definitionId, ct))?.Deleted ?? 0;
        return TypedResults.Ok(new BulkDeleteResponse(deleted));
    }

    private static async Task<Ok<BulkDeleteResponse>> DeleteVersionsAsync(BulkVersionIdsRequest body, WorkflowDefinitionManager manager, CancellationToken ct)
    {
        long deleted = 0;
        foreach (var id in Ids(body.Ids))
        {
            try
            {
                if (await manager.DeleteVersionAsync(id, ct)) deleted++;
            }
            catch (WorkflowDefinitionInUseException)
            {
                // Kept for its running instances; the count tells the caller it was not deleted.
            }
        }
        return TypedResults.Ok(new BulkDeleteResponse(deleted));
    }

    private static async Task<Ok<BulkPublishResponse>> PublishAsync(
        BulkDefinitionIdsRequest body, WorkflowDefinitionManager manager, WorkflowReferenceUpdater references, CancellationToken ct)
    {
        List<string> published = [], already = [], notFound = [], failed = [];
        foreach (var definitionId in Ids(body.DefinitionIds))
        {
            try
            {
                var result = await manager.PublishAsync(definitionId, ct);
                (result is null ? notFound : result.AlreadyPublished ? already : published).Add(definitionId);
                if (result is { AlreadyPublished: false }) await references.UpdateConsumersAsync(result.Definition, ct);
            }
            catch (WorkflowValidationException)
            {
                failed.Add(definitionId);
            }
        }
        return TypedResults.Ok(new BulkPublishResponse(published, already, notFound, [], failed));
    }

    private static async Task<Ok<BulkRetractResponse>> RetractAsync(BulkDefinitionIdsRequest body, WorkflowDefinitionManager manager, CancellationToken ct)
    {
        List<string> retracted = [], already = [], notFound = [];
        foreach (var definitionId in Ids(body.DefinitionIds))
        {
            try
            {
                (await manager.RetractAsync(definitionId, ct) is null ? notFound : retracted).Add(definitionId);
            }
            catch (WorkflowValidationException)
            {
                already.Add(definitionId);
            }
        }
        return TypedResults.Ok(new BulkRetractResponse(retracted, already, notFound));
    }

    // The ids to act on once each; a null or blank entry names nothing and is passed over.
    private static IEnumerable<string> Ids(string?[]? ids) => (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct();
}
