using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Someone called to the meeting.</summary>
public sealed record MeetingMemberView(string ParticipantId, string Name, string Email, string? MunicipalityCode, string Role, bool Substitute)
{
    /// <summary>The view of a member.</summary>
    public static MeetingMemberView From(MeetingMember member) =>
        new(member.ParticipantId, member.Name, member.Email, member.MunicipalityCode, RoleNames.Swedish(member.Role), member.IsSubstitute);
}
