using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Which instances a plan alters (Elsa's <c>AlterationWorkflowInstanceFilter</c>, camelCase in JSON). Every criterion
/// given must hold; with none, <see cref="EmptyFilterSelectsAll"/> decides between all instances and none.
/// Elsa's timestamp and activity filters are not supported (the API refuses them).
/// </summary>
public sealed record AlterationInstanceFilter
{
    /// <summary>Whether a filter without criteria selects every instance (otherwise none).</summary>
    public bool EmptyFilterSelectsAll { get; init; }

    /// <summary>Instance ids.</summary>
    public IReadOnlyList<string>? WorkflowInstanceIds { get; init; }

    /// <summary>Correlation ids (case numbers).</summary>
    public IReadOnlyList<string>? CorrelationIds { get; init; }

    /// <summary>Instance names.</summary>
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>Text found in the id, name, correlation id or definition id.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Definition ids.</summary>
    public IReadOnlyList<string>? DefinitionIds { get; init; }

    /// <summary>Definition version ids.</summary>
    public IReadOnlyList<string>? DefinitionVersionIds { get; init; }

    /// <summary>Only instances with (true) or without (false) incidents.</summary>
    public bool? HasIncidents { get; init; }

    /// <summary>Elsa's system workflows; this host has none, so true selects nothing.</summary>
    public bool? IsSystem { get; init; }

    /// <summary>Statuses.</summary>
    public IReadOnlyList<WorkflowStatus>? Statuses { get; init; }

    /// <summary>Sub-statuses.</summary>
    public IReadOnlyList<WorkflowSubStatus>? SubStatuses { get; init; }

    /// <summary>Whether no criterion is given.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        WorkflowInstanceIds is not { Count: > 0 } && CorrelationIds is not { Count: > 0 } && Names is not { Count: > 0 }
        && string.IsNullOrWhiteSpace(SearchTerm) && DefinitionIds is not { Count: > 0 } && DefinitionVersionIds is not { Count: > 0 }
        && HasIncidents is null && IsSystem is not true && Statuses is not { Count: > 0 } && SubStatuses is not { Count: > 0 };

    /// <summary>Whether the filter selects <paramref name="instance"/>.</summary>
    public bool Matches(WorkflowInstance instance)
    {
        if (IsEmpty) return EmptyFilterSelectsAll;
        if (IsSystem is true) return false;
        return In(WorkflowInstanceIds, instance.Id) && In(CorrelationIds, instance.CorrelationId) && In(Names, instance.Name)
            && In(DefinitionIds, instance.DefinitionId) && In(DefinitionVersionIds, instance.DefinitionVersionId)
            && (HasIncidents is not { } incidents || instance.Incidents.Count > 0 == incidents)
            && (Statuses is not { Count: > 0 } statuses || statuses.Contains(instance.Status))
            && (SubStatuses is not { Count: > 0 } subStatuses || subStatuses.Contains(instance.SubStatus))
            && (string.IsNullOrWhiteSpace(SearchTerm) || Found(SearchTerm.Trim(), instance));
    }

    private static bool In(IReadOnlyList<string>? values, string? value) => values is not { Count: > 0 } || (value is not null && values.Contains(value));

    private static bool Found(string term, WorkflowInstance instance) =>
        new[] { instance.Id, instance.Name, instance.CorrelationId, instance.DefinitionId }
            .Any(text => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);
}
