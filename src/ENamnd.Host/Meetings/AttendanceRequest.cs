namespace ENamnd.Host.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/attendance</c>: everyone who attended (it replaces what was recorded before).</summary>
public sealed record AttendanceRequest(IReadOnlyList<AttendeeRequest>? Attendees);

/// <summary>One attendee: a participant id, or a municipality (name or code) and a role ("ledamot", "ersättare", "beredningsgrupp", …).</summary>
public sealed record AttendeeRequest(string? ParticipantId, string? Municipality = null, string? Role = null);
