using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Outbox;

/// <summary>Reads how much the outbox holds unsent: for the readiness check and the backlog gauge.</summary>
public sealed class OutboxBacklog(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>Counts pending and failed messages and finds the oldest pending one.</summary>
    public async Task<OutboxBacklogSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.Outbox.Where(r => r.SentAt == null && r.FailedAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = count == 0 ? null
            : (await pending.OrderBy(r => r.CreatedAt).Select(r => r.CreatedAt).Take(1).ToListAsync(cancellationToken)).Cast<DateTimeOffset?>().FirstOrDefault();
        var failed = await db.Outbox.CountAsync(r => r.FailedAt != null, cancellationToken);
        return new OutboxBacklogSnapshot(count, oldest, failed);
    }
}
