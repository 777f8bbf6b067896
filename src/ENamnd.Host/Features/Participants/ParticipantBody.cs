namespace ENamnd.Host.Features.Participants;

/// <summary>A participant as the coordinator sends it (create or replace); the municipality by code or name.</summary>
public sealed record ParticipantBody(
    string? Name,
    string? Email,
    string? Municipality,
    IReadOnlyList<RoleAssignmentBody?>? Roles,
    string? SubstituteId);
