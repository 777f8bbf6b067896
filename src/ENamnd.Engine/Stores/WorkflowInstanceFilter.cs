using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Selects instances; a null (or empty) criterion matches everything.</summary>
public sealed record WorkflowInstanceFilter(string? DefinitionId = null, string? CorrelationId = null, WorkflowStatus? Status = null, string? DefinitionVersionId = null)
{
    /// <summary>The instances of any of these definitions.</summary>
    public IReadOnlyList<string>? DefinitionIds { get; init; }

    /// <summary>The instances in any of these statuses.</summary>
    public IReadOnlyList<WorkflowStatus>? Statuses { get; init; }

    /// <summary>The instances in any of these sub-statuses.</summary>
    public IReadOnlyList<WorkflowSubStatus>? SubStatuses { get; init; }

    /// <summary>The instances of this definition version number.</summary>
    public int? Version { get; init; }

    /// <summary>The instances with (true) or without (false) an incident.</summary>
    public bool? HasIncidents { get; init; }

    /// <summary>The instances whose id, name, correlation id or definition id contains this text, case-insensitively.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Whether an instance matches.</summary>
    public bool Matches(WorkflowInstance instance) =>
        (DefinitionId is null || instance.DefinitionId == DefinitionId)
        && (CorrelationId is null || instance.CorrelationId == CorrelationId)
        && (Status is null || instance.Status == Status)
        && (DefinitionVersionId is null || instance.DefinitionVersionId == DefinitionVersionId)
        && (DefinitionIds is not { Count: > 0 } || DefinitionIds.Contains(instance.DefinitionId))
        && (Statuses is not { Count: > 0 } || Statuses.Contains(instance.Status))
        && (SubStatuses is not { Count: > 0 } || SubStatuses.Contains(instance.SubStatus))
        && (Version is null || instance.Version == Version)
        && (HasIncidents is null || instance.Incidents.Count > 0 == HasIncidents)
        && (string.IsNullOrEmpty(SearchTerm)
            || new[] { instance.Id, instance.Name, instance.CorrelationId, instance.DefinitionId }.Any(text => text?.Contains(SearchTerm, StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>A text that is equal for equal filters, for caching what a filter matches.</summary>
    public string Key() => string.Join('\u001f',
        DefinitionId, CorrelationId, Status, DefinitionVersionId,
        DefinitionIds is null ? null : string.Join('\u001e', DefinitionIds.Order(StringComparer.Ordinal)),
        Statuses is null ? null : string.Join('\u001e', Statuses.Order()),
        SubStatuses is null ? null : string.Join('\u001e', SubStatuses.Order()),
        Version, HasIncidents, SearchTerm);
}
