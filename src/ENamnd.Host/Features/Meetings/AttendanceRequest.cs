namespace ENamnd.Host.Features.Meetings;

/// <summary>The body of <c>POST /api/meetings/{id}/attendance</c>: everyone who attended (it replaces what was recorded before).</summary>
public sealed record AttendanceRequest(IReadOnlyList<AttendeeRequest>? Attendees);
