namespace ENamnd.Persistence.Rows;

/// <summary>An open bookmark; <see cref="Json"/> holds the whole bookmark.</summary>
public sealed class BookmarkRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CorrelationId { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Json { get; set; } = "";
}
