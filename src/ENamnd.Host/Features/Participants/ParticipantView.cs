using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>A participant as the API shows it, with the municipality's name beside its code.</summary>
public sealed record ParticipantView(
    string Id,
    string Name,
    string Email,
    string? MunicipalityCode,
    string? MunicipalityName,
    IReadOnlyList<RoleAssignmentView> Roles,
    string? SubstituteId)
{
    /// <summary>The view of a participant.</summary>
    public static ParticipantView From(Participant participant, MunicipalityRegistry municipalities) => new(
        participant.Id,
        participant.Name,
        participant.Email,
        participant.MunicipalityCode,
        participant.MunicipalityCode is { } code ? municipalities.Find(code)?.Name : null,
        [.. participant.Roles.Select(RoleAssignmentView.From)],
        participant.SubstituteId);
}
