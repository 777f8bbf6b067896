namespace ENamnd.Host.Features.Meetings;

/// <summary>One attendee: a participant id, or a municipality (name or code) and a role ("ledamot", "ersättare", "beredningsgrupp", …).</summary>
public sealed record AttendeeRequest(string? ParticipantId, string? Municipality = null, string? Role = null);
