using System.Globalization;
using ENamnd.Engine.Model;
using ENamnd.Http;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>Filters, orders and pages definition versions the way Elsa's list endpoint does.</summary>
public static class DefinitionListing
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>The page the query asks for and the number of matches without paging.</summary>
    public static (IReadOnlyList<WorkflowDefinition> Page, int Total) Apply(IEnumerable<WorkflowDefinition> versions, DefinitionListQuery query, Paging paging)
    {
        var matches = versions.Where(d => Matches(d, query)).ToList();
        var ordered = Order(matches, query).ToList();
        return (ordered.Skip(paging.Skip).Take(paging.PageSize).ToList(), matches.Count);
    }

    private static bool Matches(WorkflowDefinition d, DefinitionListQuery query)
    {
        if (query.IsSystem == true) return false;
        if (query.DefinitionIds is { Length: > 0 } definitionIds && !definitionIds.Contains(d.DefinitionId)) return false;
        if (query.Ids is { Length: > 0 } ids && !ids.Contains(d.Id)) return false;
        var term = query.SearchTerm?.Trim();
        if (string.IsNullOrEmpty(term)) return true;
        return new[] { d.Name, d.Description, d.DefinitionId, d.Id }.Any(text => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);
    }

    private static IEnumerable<WorkflowDefinition> Order(List<WorkflowDefinition> matches, DefinitionListQuery query)
    {
        var by = query.OrderBy?.Trim().ToLowerInvariant() switch
        {
            "created" => "created",
            "version" => "version",
            _ => "name",
        };
        var descending = query.OrderDirection is { } direction
            ? direction.Equals("Descending", StringComparison.OrdinalIgnoreCase) || direction == "1"
            : by != "name";
        IOrderedEnumerable<WorkflowDefinition> ordered = by switch
        {
            "created" => descending ? matches.OrderByDescending(d => d.CreatedAt) : matches.OrderBy(d => d.CreatedAt),
            "version" => descending ? matches.OrderByDescending(d => d.Version) : matches.OrderBy(d => d.Version),
            _ => descending ? matches.OrderByDescending(d => d.Name ?? "", Names) : matches.OrderBy(d => d.Name ?? "", Names),
        };
        return ordered.ThenBy(d => d.DefinitionId, StringComparer.Ordinal).ThenByDescending(d => d.Version);
    }
}
