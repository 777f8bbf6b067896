using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Filters, orders and pages instances the way Elsa's instance list does.</summary>
public static class InstanceListing
{
    /// <summary>
    /// The instance list as the designer's list endpoint answers it: the page asked for and the number of matches. Every
    /// filter and order is the store's, which reads only the page, however long the history.
    /// </summary>
    public static async Task<(IReadOnlyList<WorkflowInstance> Page, int Total)> ListAsync(
        IWorkflowInstanceStore instances, WorkflowInstanceListRequest request, Paging paging, CancellationToken cancellationToken)
    {
        // ENamnd has no system workflows, and a status no instance can have matches nothing.
        if (request.IsSystem == true || FilterOf(request) is not { } filter) return ([], 0);
        var page = await instances.PageAsync(filter, paging.Skip, paging.PageSize, OrderOf(request), cancellationToken);
        return (page.Items, page.Total);
    }

    /// <summary>The store's filter for <paramref name="r"/>; null when nothing can match (a status that does not exist, two definitions that differ).</summary>
    public static WorkflowInstanceFilter? FilterOf(WorkflowInstanceListRequest r)
    {
        if (!TryParse<WorkflowStatus>(r.Status, r.Statuses, out var statuses) || !TryParse<WorkflowSubStatus>(r.SubStatus, r.SubStatuses, out var subStatuses))
            return null;
        var definitionIds = (r.DefinitionIds ?? []).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (r.DefinitionId is { Length: > 0 } one)
        {
            if (definitionIds.Count > 0 && !definitionIds.Contains(one)) return null;
            definitionIds = [one];
        }
        return new WorkflowInstanceFilter(
            DefinitionId: definitionIds is [var single] ? single : null,
            CorrelationId: r.CorrelationId is { Length: > 0 } c ? c : null)
        {
            DefinitionIds = definitionIds.Count > 1 ? definitionIds : null,
            Statuses = statuses,
            SubStatuses = subStatuses,
            Version = r.Version,
            HasIncidents = r.HasIncidents,
            SearchTerm = r.SearchTerm?.Trim() is { Length: > 0 } term ? term : null,
        };
    }

    /// <summary>The order <paramref name="r"/> asks for: by creation, last execution, finish or name; newest first unless ascending.</summary>
    public static WorkflowInstanceOrder OrderOf(WorkflowInstanceListRequest r)
    {
        var by = r.OrderBy?.Trim().ToLowerInvariant() switch
        {
            "lastexecuted" => WorkflowInstanceOrderBy.LastExecuted,
            "finished" => WorkflowInstanceOrderBy.Finished,
            "name" => WorkflowInstanceOrderBy.Name,
            _ => WorkflowInstanceOrderBy.Created,
        };
        var ascending = r.OrderDirection?.Equals("Ascending", StringComparison.OrdinalIgnoreCase) == true || r.OrderDirection == "0";
        return new WorkflowInstanceOrder(by, ascending);
    }

    // The values of one criterion, given once or as a list; false when every value given is unknown, so nothing can match.
    private static bool TryParse<T>(string? single, string[]? many, out IReadOnlyList<T>? values) where T : struct, Enum
    {
        var texts = new[] { single }.Concat(many ?? []).OfType<string>().Where(t => t.Length > 0).ToList();
        var parsed = texts.Select(t => Enum.TryParse<T>(t, ignoreCase: true, out var v) ? v : (T?)null).OfType<T>().Distinct().ToList();
        values = parsed.Count > 0 ? parsed : null;
        return texts.Count == 0 || parsed.Count > 0;
    }
}
