namespace ENamnd.Persistence.Rows;

/// <summary>A person in the participant directory; <see cref="EmailNormalized"/> is the lower-cased address that must be unique.</summary>
public sealed class ParticipantRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string EmailNormalized { get; set; } = "";
    public string? MunicipalityCode { get; set; }
    public string? SubstituteId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
