namespace ENamnd.Host.Features.Participants;

/// <summary>A role in a request: the Swedish name ("beredningsgrupp", "ersättare") or the enum name, optionally for one case.</summary>
public sealed record RoleAssignmentBody(string? Role, string? CaseNumber);
