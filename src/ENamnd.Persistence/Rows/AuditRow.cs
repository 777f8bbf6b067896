namespace ENamnd.Persistence.Rows;

/// <summary>An append-only record of what caused a step.</summary>
public sealed class AuditRow
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? BookmarkId { get; set; }
    public string? BookmarkName { get; set; }
    public string? CorrelationId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? Details { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}
