using ENamnd.Activities.People;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Participants;

/// <summary>Writes: each call is one SaveChanges, so a participant and their roles are saved together or not at all.</summary>
public sealed partial class EfParticipantDirectory
{
    /// <summary>Adds participants (with their roles); <see cref="ParticipantWriteOutcome.EmailTaken"/> when an address is in use.</summary>
    public async Task<ParticipantWriteOutcome> AddAsync(IReadOnlyCollection<Participant> participants, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var participant in participants)
        {
            db.Participants.Add(ToRow(participant, new ParticipantRow { Id = participant.Id, CreatedAt = now }, now));
            db.ParticipantRoles.AddRange(participant.Roles.Distinct().Select(role => ToRow(participant.Id, role)));
        }
        // Persistence point: the people and all their roles in one transaction.
        return await SaveAsync(db, participants, cancellationToken);
    }

    /// <summary>Replaces a participant's name, address, municipality, substitute and roles.</summary>
    public async Task<ParticipantWriteOutcome> ReplaceAsync(Participant participant, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Participants.FirstOrDefaultAsync(p => p.Id == participant.Id, cancellationToken);
        if (row is null) return ParticipantWriteOutcome.NotFound;
        ToRow(participant, row, clock.GetUtcNow());

        // Roles kept stay as they are; only the difference is written, so the unique index never sees a row twice.
        var wanted = participant.Roles.Distinct().ToHashSet();
        var current = await db.ParticipantRoles.Where(r => r.ParticipantId == participant.Id).ToListAsync(cancellationToken);
        var kept = new HashSet<RoleAssignment>();
        foreach (var roleRow in current)
        {
            var assignment = Enum.TryParse<Role>(roleRow.Role, out var role) ? new RoleAssignment(role, roleRow.CaseNumber) : null;
            if (assignment is not null && wanted.Contains(assignment) && kept.Add(assignment)) continue;
            db.ParticipantRoles.Remove(roleRow);
        }
        db.ParticipantRoles.AddRange(wanted.Except(kept).Select(role => ToRow(participant.Id, role)));
        // Persistence point: the person and the role changes in one transaction.
        return await SaveAsync(db, [participant], cancellationToken);
    }

    /// <summary>Removes a participant and their roles; false when there is none with that id.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Participants.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (row is null) return false;
        db.ParticipantRoles.RemoveRange(await db.ParticipantRoles.Where(r => r.ParticipantId == id).ToListAsync(cancellationToken));
        db.Participants.Remove(row);
        // Persistence point: the person and their roles go together.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // The unique index decides between two writers racing for one address; the loser learns it here.
    private async Task<ParticipantWriteOutcome> SaveAsync(ENamndDbContext db, IEnumerable<Participant> participants, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ParticipantWriteOutcome.Saved;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            foreach (var participant in participants)
            {
                if (await FindByEmailAsync(participant.Email, cancellationToken) is { } holder && holder.Id != participant.Id)
                    return ParticipantWriteOutcome.EmailTaken;
            }
            throw;
        }
    }

    private static ParticipantRow ToRow(Participant participant, ParticipantRow row, DateTimeOffset now)
    {
        row.Name = participant.Name;
        row.Email = participant.Email;
        row.EmailNormalized = NormalizeEmail(participant.Email);
        row.MunicipalityCode = participant.MunicipalityCode;
        row.SubstituteId = participant.SubstituteId;
        row.UpdatedAt = now;
        return row;
    }

    private static ParticipantRoleRow ToRow(string participantId, RoleAssignment role) =>
        new() { ParticipantId = participantId, Role = role.Role.ToString(), CaseNumber = role.CaseNumber };
}
