namespace ENamnd.Persistence.Rows;

/// <summary>A matter on a committee meeting's agenda: placed by a waiting workflow, or added by the coordinator (<see cref="AddedBy"/>).</summary>
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

    /// <summary>Beslut or Information (stored by name).</summary>
    public string Kind { get; set; } = "Beslut";

    /// <summary>The item's place in the agenda, 1 first; null keeps the order in which items were placed.</summary>
    public int? Position { get; set; }

    /// <summary>Who added the item by hand; null for a workflow's matter.</summary>
    public string? AddedBy { get; set; }
}
