namespace ENamnd.Persistence.Rows;

/// <summary>A message waiting to be sent (or sent): written with its step, sent after commit.</summary>
public sealed class OutboxRow
{
    /// <summary>The stable message id.</summary>
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Payload { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}
