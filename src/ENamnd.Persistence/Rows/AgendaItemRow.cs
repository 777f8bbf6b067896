namespace ENamnd.Persistence.Rows;

/// <summary>A matter placed on a committee meeting's agenda by a waiting workflow.</summary>
public sealed class AgendaItemRow
{
    public string Id { get; set; } = "";
    public string? CaseNumber { get; set; }
    public string Matter { get; set; } = "";
    public DateTimeOffset? MeetingDate { get; set; }
    public string InstanceId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string TaskIds { get; set; } = "[]";
    public string Documents { get; set; } = "[]";
    public DateTimeOffset PlacedAt { get; set; }
}
