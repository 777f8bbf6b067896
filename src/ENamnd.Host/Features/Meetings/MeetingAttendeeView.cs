namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Someone who attended, with the municipality and role they attended for; a substitute serving (tjänstgörande ersättare)
/// names the absent member they serve for (<paramref name="ServesFor"/>, a participant id).
/// </summary>
public sealed record MeetingAttendeeView(string ParticipantId, string? MunicipalityCode, string Role, string? ServesFor = null);
