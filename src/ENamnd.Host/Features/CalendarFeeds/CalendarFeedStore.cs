using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// The calendar subscriptions: create or renew (a new generation, the old address stops working), revoke, and find the
/// person a token belongs to. Only the token's hash is stored (<see cref="CalendarFeedTokens"/>).
/// </summary>
public sealed class CalendarFeedStore(IDbContextFactory<ENamndDbContext> contexts, CalendarFeedTokens tokens, TimeProvider clock)
{
    /// <summary>The participant whose active feed <paramref name="token"/> opens, or null (unknown, revoked or malformed alike).</summary>
    public async Task<string?> FindParticipantAsync(string? token, CancellationToken cancellationToken)
    {
        if (!CalendarFeedTokens.IsWellFormed(token)) return null;
        var hash = CalendarFeedTokens.HashOf(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CalendarFeedRow>().AsNoTracking().Where(r => r.TokenHash == hash).Select(r => r.ParticipantId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The states of the feeds of <paramref name="participantIds"/> (all when null); people without a feed are left out.</summary>
    public async Task<IReadOnlyDictionary<string, CalendarFeedState>> StatesAsync(IReadOnlyCollection<string>? participantIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<CalendarFeedRow>().AsNoTracking();
        if (participantIds is not null) query = query.Where(r => participantIds.Contains(r.ParticipantId));
        return (await query.ToListAsync(cancellationToken)).ToDictionary(r => r.ParticipantId, State, StringComparer.Ordinal);
    }

    /// <summary>
    /// The token of the active feed of <paramref name="participantId"/>, or null when there is none. A feed whose stored
    /// hash no longer matches (the secret was changed) counts as none.
    /// </summary>
    public async Task<string?> CurrentTokenAsync(string participantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CalendarFeedRow>().AsNoTracking().FirstOrDefaultAsync(r => r.ParticipantId == participantId, cancellationToken);
        if (row?.TokenHash is null) return null;
        var token = tokens.TokenFor(participantId, row.Generation);
        return CalendarFeedTokens.HashOf(token) == row.TokenHash ? token : null;
    }

    /// <summary>Creates the feed, or renews it (revoking the earlier address); returns the new token, to be shown once.</summary>
    public async Task<string> RenewAsync(string participantId, CancellationToken cancellationToken)
    {
        try
        {
            return await RenewOnceAsync(participantId, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Two first renewals at once: both insert generation 1, and the primary key (or the token hash's unique index)
            // let the other create the row. Asked again, this one finds the row and renews it: the later generation opens the feed.
            return await RenewOnceAsync(participantId, cancellationToken);
        }
    }

    private async Task<string> RenewOnceAsync(string participantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CalendarFeedRow>().FirstOrDefaultAsync(r => r.ParticipantId == participantId, cancellationToken);
        if (row is null) db.Add(row = new CalendarFeedRow { ParticipantId = participantId });
        row.Generation++;
        var token = tokens.TokenFor(participantId, row.Generation);
        row.TokenHash = CalendarFeedTokens.HashOf(token);
        row.CreatedAt = clock.GetUtcNow();
        row.RevokedAt = null;
        // Persistence point: from here only the new address opens the feed.
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Revokes the feed; false when there was no active one.</summary>
    public async Task<bool> RevokeAsync(string participantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CalendarFeedRow>().FirstOrDefaultAsync(r => r.ParticipantId == participantId, cancellationToken);
        if (row?.TokenHash is null) return false;
        row.TokenHash = null;
        row.RevokedAt = clock.GetUtcNow();
        // Persistence point: the address opens nothing from here on.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static CalendarFeedState State(CalendarFeedRow row) =>
        new(row.ParticipantId, row.TokenHash is not null, row.CreatedAt, row.RevokedAt);
}
