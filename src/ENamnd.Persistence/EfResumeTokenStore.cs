using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

/// <summary>Resume link tokens in the database; a use is one conditional update, so concurrent uses (in any process) have one winner.</summary>
public sealed class EfResumeTokenStore(IDbContextFactory<ENamndDbContext> contexts) : IResumeTokenStore
{
    /// <inheritdoc />
    public async Task<ResumeToken?> FindAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ResumeTokenRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Hash == hash, cancellationToken);
        return row is null ? null : new ResumeToken
        {
            Hash = row.Hash,
            Kind = row.Kind,
            Target = row.Target,
            InstanceId = row.InstanceId,
            CreatedAt = row.CreatedAt,
            ExpiresAt = row.ExpiresAt,
            UsedAt = row.UsedAt,
        };
    }

    /// <inheritdoc />
    public async Task<bool> TryUseAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Persistence point: the one statement that decides which use wins; the row is unused and unexpired, or nothing changes.
        var at = now.ToUniversalTime();
        var updated = await db.Set<ResumeTokenRow>()
            .Where(r => r.Hash == hash && r.UsedAt == null && r.ExpiresAt > at)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.UsedAt, at), cancellationToken);
        return updated == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<ResumeTokenRow>().Where(r => r.Hash == hash).ExecuteUpdateAsync(set => set.SetProperty(r => r.UsedAt, (DateTimeOffset?)null), cancellationToken);
    }
}
