using ENamnd.Designer.Api.Shared;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// The links Elsa's server puts on definitions. The designer edits a definition only when it is the latest
/// version and carries a <c>publish</c> link, and enables the list's bulk actions only with <c>bulk-publish</c>.
/// </summary>
public static class DefinitionLinks
{
    /// <summary>The links of one definition (every version of it shares them, as in Elsa).</summary>
    public static IReadOnlyList<Link> ForDefinition(string definitionId, bool isReadonly)
    {
        var id = Uri.EscapeDataString(definitionId);
        var links = new List<Link>
        {
            new($"/workflow-definitions/by-definition-id/{id}", "self", "GET"),
            new($"/workflow-definitions/{id}/execute", "execute", "POST"),
            new($"/workflow-definitions/{id}/export", "export", "GET"),
        };
        if (isReadonly) return links;
        links.Add(new($"/workflow-definitions/{id}/publish", "publish", "POST"));
        links.Add(new($"/workflow-definitions/{id}/retract", "retract", "POST"));
        links.Add(new($"/workflow-definitions/{id}", "delete", "DELETE"));
        return links;
    }

    /// <summary>The links of a list of definitions.</summary>
    public static IReadOnlyList<Link> ForList() =>
    [
        new("/workflow-definitions", "self", "GET"),
        new("/workflow-definitions/validation/is-name-unique", "is-name-unique", "GET"),
        new("/workflow-definitions/query/count", "count", "GET"),
        new("/workflow-definitions/many-by-id", "many-by-id", "GET"),
        new("/bulk-actions/delete/workflow-definitions/by-definition-id", "bulk-delete-by-definition-id", "POST"),
        new("/bulk-actions/delete/workflow-definitions/by-id", "bulk-delete-by-id", "POST"),
        new("/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
        new("/bulk-actions/retract/workflow-definitions/by-definition-ids", "bulk-retract", "POST"),
        new("/workflow-definitions", "create", "POST"),
    ];
}
