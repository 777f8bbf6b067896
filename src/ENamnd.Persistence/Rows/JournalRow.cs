namespace ENamnd.Persistence.Rows;

/// <summary>One journal entry of an instance, queryable on its own.</summary>
public sealed class JournalRow
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public string ActivityId { get; set; } = "";
    public string NodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string EventType { get; set; } = "";
    public string? Outcomes { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}
