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
    public string? ActivityName { get; set; }
    public string? ActivityContextId { get; set; }
    public string EventType { get; set; } = "";

    /// <summary>The outcome ports as a JSON array; rows written before migration 0033 without one list them comma-separated.</summary>
    public string? Outcomes { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The entry's extra data as JSON text.</summary>
    public string? Payload { get; set; }

    /// <summary>The activity's evaluated inputs as a JSON object.</summary>
    public string? ActivityState { get; set; }

    /// <summary>The activity's outputs as a JSON object.</summary>
    public string? Outputs { get; set; }
}
