namespace ENamnd.Host.Features.Meetings;

/// <summary>Someone who attended, with the municipality and role they attended for.</summary>
public sealed record MeetingAttendeeView(string ParticipantId, string? MunicipalityCode, string Role);
