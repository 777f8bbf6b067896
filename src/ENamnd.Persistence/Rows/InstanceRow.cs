namespace ENamnd.Persistence.Rows;

/// <summary>A stored workflow instance; <see cref="StateJson"/> holds the full state.</summary>
public sealed class InstanceRow
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int Version { get; set; }
    public string? CorrelationId { get; set; }
    public string Status { get; set; } = "";
    public string SubStatus { get; set; } = "";
    public string? Name { get; set; }
    public int IncidentCount { get; set; }
    public string StateJson { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
