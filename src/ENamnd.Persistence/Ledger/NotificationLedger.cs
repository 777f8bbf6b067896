using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Ledger;

/// <summary>
/// Does each scheduled thing once. A ledger row keyed by the idempotency key is inserted in the
/// same transaction as the outbox message (or other rows) it stands for; a second attempt, from a
/// second run or a second host, meets the primary key and does nothing (see <see cref="UniqueKeyViolation"/>).
/// </summary>
public sealed partial class NotificationLedger(IDbContextFactory<ENamndDbContext> contexts, IOutboxWakeUp outbox, TimeProvider clock)
{
    /// <summary>
    /// Queues <paramref name="message"/> once under <paramref name="key"/>, with what <paramref name="alsoWrite"/> adds (e.g. the
    /// events it stands for) in the same transaction; false when it was queued before.
    /// </summary>
    public async Task<bool> SendOnceAsync(LedgerKey key, EmailMessage message, CancellationToken cancellationToken, Func<ENamndDbContext, Task>? alsoWrite = null)
    {
        var outboxId = Guid.NewGuid().ToString("N");
        var recorded = await RecordOnceAsync(key, outboxId, db =>
        {
            db.Outbox.Add(OutboxRowOf(new OnceMessage(outboxId, EmailMessage.Kind, JsonSerializer.Serialize(message, ValueConverter.JsonOptions), key.Subject), clock.GetUtcNow()));
            return alsoWrite?.Invoke(db) ?? Task.CompletedTask;
        }, cancellationToken);
        // Checkpoint: the message is durable in the outbox; if the host dies before this wake-up, the recurring dispatch sends it.
        if (recorded) outbox.Wake();
        return recorded;
    }

    /// <summary>
    /// Records <paramref name="key"/> and runs <paramref name="alsoWrite"/> (rows added to the same
    /// context) in one transaction; false, with nothing written, when the key was recorded before.
    /// </summary>
    public async Task<bool> RecordOnceAsync(LedgerKey key, string? outboxId, Func<ENamndDbContext, Task> alsoWrite, CancellationToken cancellationToken)
    {
        var value = key.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A quick answer for a key done before; the primary key decides a race at the commit below.
        if (await db.Set<SentNotificationRow>().AnyAsync(r => r.Key == value, cancellationToken)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<SentNotificationRow>().Add(LedgerRowOf(key, outboxId, clock.GetUtcNow()));
        await alsoWrite(db);
        try
        {
            // Checkpoint: the key and the rows it stands for are durable together, or not at all (a retry does both).
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Another run or host recorded the same key between our check and our insert; its work stands, ours is rolled back.
            return false;
        }
    }

    /// <summary>Whether <paramref name="key"/> has been recorded.</summary>
    public async Task<bool> IsRecordedAsync(LedgerKey key, CancellationToken cancellationToken)
    {
        var value = key.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SentNotificationRow>().AnyAsync(r => r.Key == value, cancellationToken);
    }

    /// <summary>The keys recorded for a subject, oldest first.</summary>
    public async Task<IReadOnlyList<SentNotificationRow>> ForSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SentNotificationRow>().Where(r => r.Subject == subject).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.RecordedAt).ToList();
    }

    private static SentNotificationRow LedgerRowOf(LedgerKey key, string? outboxId, DateTimeOffset now) =>
        new() { Key = key.Value, Kind = key.Kind, Subject = key.Subject, OutboxId = outboxId, RecordedAt = now };

    private static OutboxRow OutboxRowOf(OnceMessage message, DateTimeOffset now) => new()
    {
        Id = message.Id, Kind = message.Kind, Payload = message.Payload, InstanceId = message.Subject, CreatedAt = now, NextAttemptAt = now,
    };
}
