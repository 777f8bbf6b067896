using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Filters, orders and pages instances the way Elsa's instance list does.</summary>
public static class InstanceListing
{
    /// <summary>
    /// The instance list as the designer's list endpoint answers it: the page asked for and the number of matches. The
    /// list as the designer opens it (newest first, by definition or case number at most) is paged by the store, which
    /// reads only the page; a search or another filter or order reads the definition's instances and applies it here.
    /// </summary>
    public static async Task<(IReadOnlyList<WorkflowInstance> Page, int Total)> ListAsync(
        IWorkflowInstanceStore instances, WorkflowInstanceListRequest request, Paging paging, CancellationToken cancellationToken)
    {
        var definitionId = request.DefinitionId is { Length: > 0 } one ? one : request.DefinitionIds is [var single] ? single : null;
        if (IsNewestFirstOnly(request))
        {
            var filter = new WorkflowInstanceFilter(DefinitionId: definitionId, CorrelationId: request.CorrelationId is { Length: > 0 } c ? c : null);
            var page = await instances.PageAsync(filter, paging.Skip, paging.PageSize, cancellationToken);
            return (page.Items, page.Total);
        }
        return Apply(await instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId), cancellationToken), request, paging);
    }

    /// <summary>The page the request asks for and the number of matches without paging.</summary>
    public static (IReadOnlyList<WorkflowInstance> Page, int Total) Apply(IEnumerable<WorkflowInstance> instances, WorkflowInstanceListRequest request, Paging paging)
    {
        var matches = instances.Where(i => Matches(i, request)).ToList();
        var ordered = Order(matches, request).ToList();
        return (ordered.Skip(paging.Skip).Take(paging.PageSize).ToList(), matches.Count);
    }

    private static bool Matches(WorkflowInstance i, WorkflowInstanceListRequest r)
    {
        if (r.IsSystem == true) return false;
        if (r.DefinitionId is { Length: > 0 } definitionId && i.DefinitionId != definitionId) return false;
        if (r.DefinitionIds is { Length: > 0 } definitionIds && !definitionIds.Contains(i.DefinitionId)) return false;
        if (r.CorrelationId is { Length: > 0 } correlationId && i.CorrelationId != correlationId) return false;
        if (r.Version is { } version && i.Version != version) return false;
        if (r.HasIncidents is { } hasIncidents && i.Incidents.Count > 0 != hasIncidents) return false;
        if (!OneOf(i.Status.ToString(), r.Status, r.Statuses) || !OneOf(i.SubStatus.ToString(), r.SubStatus, r.SubStatuses)) return false;
        var term = r.SearchTerm?.Trim();
        return string.IsNullOrEmpty(term)
            || new[] { i.Id, i.CorrelationId, i.Name, i.DefinitionId }.Any(text => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);
    }

    private static bool OneOf(string value, string? single, string[]? many)
    {
        if (!string.IsNullOrEmpty(single) && !single.Equals(value, StringComparison.OrdinalIgnoreCase)) return false;
        return many is not { Length: > 0 } || many.Contains(value, StringComparer.OrdinalIgnoreCase);
    }

    // Whether the request asks for no more than the store's own paging does: newest first, by one definition and a case number.
    private static bool IsNewestFirstOnly(WorkflowInstanceListRequest r) =>
        string.IsNullOrWhiteSpace(r.SearchTerm) && r.HasIncidents is null && r.IsSystem != true && r.Version is null
        && (r.DefinitionIds is not { Length: > 0 } || (r.DefinitionIds is [var single] && (string.IsNullOrEmpty(r.DefinitionId) || r.DefinitionId == single)))
        && string.IsNullOrEmpty(r.Status) && r.Statuses is not { Length: > 0 } && string.IsNullOrEmpty(r.SubStatus) && r.SubStatuses is not { Length: > 0 }
        && r.OrderBy?.Trim().ToLowerInvariant() is null or "" or "created" && !IsAscending(r);

    private static bool IsAscending(WorkflowInstanceListRequest r) =>
        r.OrderDirection?.Equals("Ascending", StringComparison.OrdinalIgnoreCase) == true || r.OrderDirection == "0";

    private static IEnumerable<WorkflowInstance> Order(List<WorkflowInstance> matches, WorkflowInstanceListRequest r)
    {
        var ascending = IsAscending(r);
        Func<WorkflowInstance, object?> key = r.OrderBy?.Trim().ToLowerInvariant() switch
        {
            "lastexecuted" => i => i.UpdatedAt,
            "finished" => i => i.FinishedAt,
            "name" => i => i.Name,
            _ => i => i.CreatedAt,
        };
        var ordered = ascending ? matches.OrderBy(key) : matches.OrderByDescending(key);
        return ordered.ThenBy(i => i.Id, StringComparer.Ordinal);
    }
}
