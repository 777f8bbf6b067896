using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Who is called to a body's meetings, from the participant directory's roles.</summary>
public sealed class MeetingMembers(IParticipantDirectory directory)
{
    private static readonly Role[] CommitteeRoles = [Role.Ordforande, Role.Ledamot, Role.Ersattare, Role.Sekreterare, Role.Esamordnare];
    private static readonly Role[] PreparationRoles = [Role.Beredningsgrupp, Role.Esamordnare];

    /// <summary>
    /// The committee: chair, members, substitutes, secretary and the e-samordnare, who presents its matters (föredragande);
    /// the preparation group: the municipalities' representatives and the coordinator. Someone with two roles is listed
    /// once, under the first.
    /// </summary>
    public Task<IReadOnlyList<MeetingMember>> ForAsync(MeetingBody body, CancellationToken cancellationToken = default) =>
        ForRolesAsync(body == MeetingBody.Namnd ? CommitteeRoles : PreparationRoles, cancellationToken);

    /// <summary>The holders of <paramref name="roles"/>, in that order; someone with two roles is listed once, under the first.</summary>
    public async Task<IReadOnlyList<MeetingMember>> ForRolesAsync(IReadOnlyList<Role> roles, CancellationToken cancellationToken = default)
    {
        var members = new List<MeetingMember>();
        foreach (var role in roles)
        {
            var holders = await directory.FindByRoleAsync(role, cancellationToken: cancellationToken);
            members.AddRange(holders
                .Where(p => members.All(m => m.ParticipantId != p.Id))
                .OrderBy(p => p.MunicipalityCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new MeetingMember(p.Id, p.Name, p.Email, p.MunicipalityCode, role)));
        }
        return members;
    }

    /// <summary>Roles the secretary's reminders go to.</summary>
    public static IReadOnlyList<Role> SecretaryRoles { get; } = [Role.Sekreterare];
}
