using ENamnd.Activities.Meetings;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Records who attended a meeting: participant ids, or municipality and role, resolved through the directory.</summary>
public sealed class MeetingAttendance(IDbContextFactory<ENamndDbContext> contexts, IParticipantDirectory directory, MunicipalityRegistry municipalities, TimeProvider clock)
{
    /// <summary>Resolves the attendees; the errors (Swedish) name each one that cannot be resolved.</summary>
    public async Task<(IReadOnlyList<MeetingAttendeeView> Attendees, IReadOnlyList<string> Errors)> ResolveAsync(
        MeetingBody body, IReadOnlyList<AttendeeRequest> requests, CancellationToken cancellationToken)
    {
        var attendees = new List<MeetingAttendeeView>();
        var errors = new List<string>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (!string.IsNullOrWhiteSpace(request.ParticipantId))
            {
                var person = await directory.FindByIdAsync(request.ParticipantId.Trim(), cancellationToken);
                if (person is null) { errors.Add($"attendees[{i}]: deltagaren '{request.ParticipantId}' finns inte."); continue; }
                var role = request.Role is null ? MainRole(body, person) : RoleNames.Parse(request.Role);
                if (role is null) { errors.Add($"attendees[{i}]: okänd roll '{request.Role}'."); continue; }
                attendees.Add(new MeetingAttendeeView(person.Id, person.MunicipalityCode, RoleNames.Swedish(role.Value)));
                continue;
            }
            var municipality = request.Municipality is null ? null : municipalities.Find(request.Municipality.Trim());
            var named = request.Role is null ? null : RoleNames.Parse(request.Role);
            if (municipality is null || named is null)
            {
                errors.Add($"attendees[{i}]: ange participantId, eller en känd kommun (municipality) och roll (role).");
                continue;
            }
            var holders = await directory.FindByRoleAsync(named.Value, municipality.Code, cancellationToken: cancellationToken);
            if (holders.Count == 0) { errors.Add($"attendees[{i}]: ingen har rollen {RoleNames.Swedish(named.Value)} för {municipality.Name}."); continue; }
            attendees.AddRange(holders.Select(p => new MeetingAttendeeView(p.Id, municipality.Code, RoleNames.Swedish(named.Value))));
        }
        return ([.. attendees.DistinctBy(a => a.ParticipantId)], errors);
    }

    /// <summary>
    /// The substitutes present who serve (tjänstgör) for their member because the member is absent, by the substitute's id:
    /// the directory names each ledamot's ersättare.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Participant>> ServingAsync(IReadOnlyList<MeetingAttendanceRow> attendees, CancellationToken cancellationToken)
    {
        var present = attendees.Select(a => a.ParticipantId).ToHashSet(StringComparer.Ordinal);
        var substitutes = attendees.Where(a => a.Role == nameof(Role.Ersattare)).Select(a => a.ParticipantId).ToHashSet(StringComparer.Ordinal);
        if (substitutes.Count == 0) return new Dictionary<string, Participant>();
        return (await directory.FindByRoleAsync(Role.Ledamot, cancellationToken: cancellationToken))
            .Where(m => m.SubstituteId is { } id && substitutes.Contains(id) && !present.Contains(m.Id))
            .DistinctBy(m => m.SubstituteId)
            .ToDictionary(m => m.SubstituteId!, StringComparer.Ordinal);
    }

    /// <summary>Replaces the meeting's attendance with <paramref name="attendees"/> in one transaction.</summary>
    public async Task SaveAsync(string meetingId, IReadOnlyList<MeetingAttendeeView> attendees, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = db.Set<MeetingAttendanceRow>();
        set.RemoveRange(await set.Where(a => a.MeetingId == meetingId).ToListAsync(cancellationToken));
        var now = clock.GetUtcNow();
        set.AddRange(attendees.Select(a => new MeetingAttendanceRow
        {
            MeetingId = meetingId, ParticipantId = a.ParticipantId, MunicipalityCode = a.MunicipalityCode, Role = RoleNames.Parse(a.Role)!.Value.ToString(), RecordedAt = now,
        }));
        // Persistence point: the whole attendance list replaces the old one.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A stored role (its enum name, e.g. "Ordforande") as the API writes roles: "ordförande", as the participants API does.</summary>
    public static string RoleText(string stored) => Enum.TryParse<Role>(stored, out var role) ? RoleNames.Swedish(role) : stored;

    // The role someone attends in when none is named: the one that calls them to this body.
    private static Role? MainRole(MeetingBody body, Participant person)
    {
        Role[] order = body == MeetingBody.Namnd
            ? [Role.Ledamot, Role.Ersattare, Role.Ordforande, Role.Sekreterare]
            : [Role.Beredningsgrupp, Role.Esamordnare];
        return order.Cast<Role?>().FirstOrDefault(r => person.Roles.Any(a => a.Role == r && a.CaseNumber is null))
            ?? person.Roles.FirstOrDefault()?.Role;
    }
}
