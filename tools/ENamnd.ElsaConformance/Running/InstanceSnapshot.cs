namespace ENamnd.ElsaConformance.Running;

/// <summary>An instance a run started, as the designer API shows it.</summary>
public sealed record InstanceSnapshot(string Id, string? DefinitionId, string? CorrelationId, string? Status, string? SubStatus, IReadOnlyList<string> Incidents)
{
    /// <summary>The definition version the instance runs.</summary>
    public int? Version { get; init; }
}
