namespace ENamnd.Persistence.Rows;

/// <summary>A role a participant holds (the enum name, e.g. "Beredningsgrupp"), for all cases or for one case.</summary>
public sealed class ParticipantRoleRow
{
    public long Id { get; set; }
    public string ParticipantId { get; set; } = "";
    public string Role { get; set; } = "";
    public string? CaseNumber { get; set; }
}
