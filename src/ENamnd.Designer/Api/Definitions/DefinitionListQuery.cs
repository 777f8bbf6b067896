namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// The query of <c>GET /workflow-definitions</c>. The designer sends PascalCase keys (<c>Page</c>,
/// <c>DefinitionIds</c> repeated, <c>IsSystem=False</c>) and a camelCase <c>versionOptions</c>; binding ignores case.
/// </summary>
public sealed class DefinitionListQuery
{
    /// <summary>Which versions; empty means every version.</summary>
    public string? VersionOptions { get; set; }

    /// <summary>The page, from 0.</summary>
    public int? Page { get; set; }

    /// <summary>The page size; without it, everything.</summary>
    public int? PageSize { get; set; }

    /// <summary>Only these definitions.</summary>
    public string[]? DefinitionIds { get; set; }

    /// <summary>Only these versions.</summary>
    public string[]? Ids { get; set; }

    /// <summary>Text to find in the name, description or ids.</summary>
    public string? SearchTerm { get; set; }

    /// <summary>System workflows only (true) or none of them; we have no system workflows.</summary>
    public bool? IsSystem { get; set; }

    /// <summary><c>Name</c> (default), <c>Created</c> or <c>Version</c>.</summary>
    public string? OrderBy { get; set; }

    /// <summary><c>Ascending</c> or <c>Descending</c>; by default ascending by name, otherwise descending.</summary>
    public string? OrderDirection { get; set; }
}
