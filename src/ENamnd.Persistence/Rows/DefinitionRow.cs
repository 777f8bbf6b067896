namespace ENamnd.Persistence.Rows;

/// <summary>A stored workflow definition version; <see cref="Json"/> holds it in Elsa's JSON format.</summary>
public sealed class DefinitionRow
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Json { get; set; } = "";
}
