using ENamnd.Activities.People;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Participants;

/// <summary>
/// The durable participant directory (tables <c>participants</c> and <c>participant_roles</c>). A role held for
/// one case answers only queries for that case; e-mail addresses are unique regardless of letter case.
/// </summary>
public sealed partial class EfParticipantDirectory(IDbContextFactory<ENamndDbContext> contexts, TimeProvider clock) : IParticipantDirectory
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Participant>> FindByRoleAsync(Role role, string? municipalityCode = null, string? caseNumber = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roleName = role.ToString();
        var holders = db.ParticipantRoles.Where(r => r.Role == roleName && r.CaseNumber == caseNumber).Select(r => r.ParticipantId);
        var query = db.Participants.AsNoTracking().Where(p => holders.Contains(p.Id));
        if (municipalityCode is not null) query = query.Where(p => p.MunicipalityCode == municipalityCode);
        return await MaterializeAsync(db, query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Participant?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = NormalizeEmail(email);
        return (await MaterializeAsync(db, db.Participants.AsNoTracking().Where(p => p.EmailNormalized == normalized), cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<Participant?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await MaterializeAsync(db, db.Participants.AsNoTracking().Where(p => p.Id == id), cancellationToken)).FirstOrDefault();
    }

    /// <summary>
    /// Everyone, or those matching every filter given: holding <paramref name="role"/> (for any case unless
    /// <paramref name="caseNumber"/> is given), of <paramref name="municipalityCode"/>, with a role for <paramref name="caseNumber"/>.
    /// </summary>
    public async Task<IReadOnlyList<Participant>> ListAsync(Role? role = null, string? municipalityCode = null, string? caseNumber = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Participants.AsNoTracking();
        if (role is not null || caseNumber is not null)
        {
            var roleName = role?.ToString();
            var holders = db.ParticipantRoles
                .Where(r => (roleName == null || r.Role == roleName) && (caseNumber == null || r.CaseNumber == caseNumber))
                .Select(r => r.ParticipantId);
            query = query.Where(p => holders.Contains(p.Id));
        }
        if (municipalityCode is not null) query = query.Where(p => p.MunicipalityCode == municipalityCode);
        return await MaterializeAsync(db, query, cancellationToken);
    }

    /// <summary>Everyone in the directory as read now, to answer a run's many look-ups from memory (two queries in all).</summary>
    public async Task<ParticipantSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        new(await ListAsync(cancellationToken: cancellationToken));

    /// <summary>The ids of the participants who have <paramref name="id"/> as their substitute.</summary>
    public async Task<IReadOnlyList<string>> FindSubstitutedByAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => p.SubstituteId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>True when the directory holds nobody.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Participants.AnyAsync(cancellationToken);
    }

    /// <summary>The form an address is compared and made unique in: trimmed and lower-cased.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    private static async Task<IReadOnlyList<Participant>> MaterializeAsync(ENamndDbContext db, IQueryable<ParticipantRow> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await db.ParticipantRoles.AsNoTracking().Where(r => ids.Contains(r.ParticipantId)).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .ToLookup(r => r.ParticipantId);
        return rows
            .Select(row => ToParticipant(row, roles[row.Id]))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static Participant ToParticipant(ParticipantRow row, IEnumerable<ParticipantRoleRow> roles) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Email = row.Email,
        MunicipalityCode = row.MunicipalityCode,
        SubstituteId = row.SubstituteId,
        // A role name this version does not know (written by a newer one) is skipped rather than failing the read.
        Roles = [.. roles.Where(r => Enum.TryParse<Role>(r.Role, out _)).Select(r => new RoleAssignment(Enum.Parse<Role>(r.Role), r.CaseNumber))],
    };
}
