namespace ENamnd.Host.Features.Participants;

/// <summary>The answer to a role lookup: who holds the role, for the municipality (code) and case asked about.</summary>
public sealed record ParticipantLookupView(
    string Role,
    string? MunicipalityCode,
    string? CaseNumber,
    IReadOnlyList<ParticipantView> Participants);
