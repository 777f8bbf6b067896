using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Filters, orders and pages instances the way Elsa's instance list does.</summary>
public static class InstanceListing
{
    /// <summary>The instance list as the designer's list endpoint answers it: the page asked for and the number of matches.</summary>
    public static async Task<(IReadOnlyList<WorkflowInstance> Page, int Total)> ListAsync(
        IWorkflowInstanceStore instances, WorkflowInstanceListRequest request, Paging paging, CancellationToken cancellationToken)
    {
        var definitionId = request.DefinitionId is { Length: > 0 } one ? one : request.DefinitionIds is [var single] ? single : null;
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

    private static IEnumerable<WorkflowInstance> Order(List<WorkflowInstance> matches, WorkflowInstanceListRequest r)
    {
        var ascending = r.OrderDirection?.Equals("Ascending", StringComparison.OrdinalIgnoreCase) == true || r.OrderDirection == "0";
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
