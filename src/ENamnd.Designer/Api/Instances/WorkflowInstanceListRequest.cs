namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// The instance list's filter (Elsa's <c>ListWorkflowInstancesRequest</c>), as a JSON body or query. Enum
/// values are names; timestamp filters are not supported and ignored.
/// </summary>
public sealed class WorkflowInstanceListRequest
{
    /// <summary>The page, from 0.</summary>
    public int? Page { get; set; }

    /// <summary>The page size; without it, everything.</summary>
    public int? PageSize { get; set; }

    /// <summary>Text to find in the id, case number (correlation id), name or definition id.</summary>
    public string? SearchTerm { get; set; }

    /// <summary>Only instances of this definition.</summary>
    public string? DefinitionId { get; set; }

    /// <summary>Only instances of these definitions.</summary>
    public string[]? DefinitionIds { get; set; }

    /// <summary>Only this case number.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Only this definition version number.</summary>
    public int? Version { get; set; }

    /// <summary>Only instances with (true) or without (false) incidents.</summary>
    public bool? HasIncidents { get; set; }

    /// <summary>System workflows only (true) or none; we have none.</summary>
    public bool? IsSystem { get; set; }

    /// <summary>Only this status (<c>Running</c>, <c>Finished</c>).</summary>
    public string? Status { get; set; }

    /// <summary>Only these statuses.</summary>
    public string[]? Statuses { get; set; }

    /// <summary>Only this sub-status (<c>Executing</c>, <c>Suspended</c>, <c>Finished</c>, <c>Cancelled</c>, <c>Faulted</c>, …).</summary>
    public string? SubStatus { get; set; }

    /// <summary>Only these sub-statuses.</summary>
    public string[]? SubStatuses { get; set; }

    /// <summary><c>Created</c> (default), <c>LastExecuted</c>, <c>Finished</c> or <c>Name</c>.</summary>
    public string? OrderBy { get; set; }

    /// <summary><c>Ascending</c> or <c>Descending</c> (default).</summary>
    public string? OrderDirection { get; set; }
}
