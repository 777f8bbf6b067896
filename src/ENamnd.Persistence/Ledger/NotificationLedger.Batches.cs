using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Ledger;

// Many keys at a time, for a job that goes through thousands of things a run: one look-up for the batch, one transaction.
public sealed partial class NotificationLedger
{
    // A batch meets a racing run at most once per racer; after this many refusals in a row something else is wrong.
    private const int MaxBatchAttempts = 5;

    /// <summary>Which of <paramref name="keys"/> have been recorded (their <see cref="LedgerKey.Value"/>s), in one query.</summary>
    public async Task<IReadOnlySet<string>> RecordedAsync(IEnumerable<LedgerKey> keys, CancellationToken cancellationToken)
    {
        var values = keys.Select(k => k.Value).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RecordedAsync(db, values, cancellationToken);
    }

    /// <summary>
    /// Queues every email of <paramref name="mails"/> whose key is not recorded yet, with its key and its own rows, and every
    /// message of <paramref name="messages"/> whose id is not queued yet, all in one transaction: the whole batch is
    /// durable, or none of it. Returns what this call wrote; a key or id written before (or by a racing run) is left out.
    /// </summary>
    public async Task<LedgerBatchResult> SendManyOnceAsync(IReadOnlyList<LedgerMail> mails, IReadOnlyList<OnceMessage> messages, CancellationToken cancellationToken)
    {
        var result = await QueueManyOnceAsync(mails, messages, cancellationToken);
        // Checkpoint: the messages are durable in the outbox; if the host dies before this wake-up, the recurring dispatch sends them.
        if (result.Count > 0) outbox.Wake();
        return result;
    }

    /// <summary>
    /// As <see cref="SendManyOnceAsync"/>, without waking the outbox: for a job that queues many batches and wakes it once
    /// when done (<see cref="WakeOutbox"/>), rather than asking for a dispatch per batch.
    /// </summary>
    public async Task<LedgerBatchResult> QueueManyOnceAsync(IReadOnlyList<LedgerMail> mails, IReadOnlyList<OnceMessage> messages, CancellationToken cancellationToken)
    {
        if (mails.Count == 0 && messages.Count == 0) return LedgerBatchResult.None;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var recorded = await RecordedAsync(db, mails.Select(m => m.Key.Value).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            var queued = await QueuedAsync(db, messages.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            var newMails = mails.Where(m => recorded.Add(m.Key.Value)).ToList();
            var newMessages = messages.Where(m => queued.Add(m.Id)).ToList();
            if (newMails.Count == 0 && newMessages.Count == 0) return LedgerBatchResult.None;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var keys = new List<SentNotificationRow>(newMails.Count);
            var rows = new List<OutboxRow>(newMails.Count + newMessages.Count);
            foreach (var mail in newMails)
            {
                var outboxId = Guid.NewGuid().ToString("N");
                keys.Add(LedgerRowOf(mail.Key, outboxId, now));
                rows.Add(OutboxRowOf(new OnceMessage(outboxId, EmailMessage.Kind, JsonSerializer.Serialize(mail.Message, ValueConverter.JsonOptions), mail.Key.Subject), now));
                if (mail.AlsoWrite is not null) await mail.AlsoWrite(db);
            }
            rows.AddRange(newMessages.Select(m => OutboxRowOf(m, now)));
            try
            {
                await InsertAsync(db, keys, rows, cancellationToken);
                // Checkpoint: the batch's keys, emails and messages (and what the emails also write) are durable together,
                // or none of them (the next run does them).
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception e) when (e.IsUniqueKeyViolation() && attempt < MaxBatchAttempts)
            {
                // A racing run recorded some of the same keys after our look-up; its work stands, ours is rolled back
                // and the batch is looked up again without them.
                continue;
            }
            return new LedgerBatchResult([.. newMails.Select(m => m.Key)], [.. newMessages.Select(m => m.Id)]);
        }
    }

    /// <summary>Asks for the outbox to be sent soon, after batches queued with <see cref="QueueManyOnceAsync"/>.</summary>
    public void WakeOutbox() => outbox.Wake();

    // A batch's keys and ids go as one array parameter (EF.Parameter), not a parameter each: one query text, however many.
    private static async Task<HashSet<string>> RecordedAsync(ENamndDbContext db, List<string> values, CancellationToken cancellationToken) =>
        values.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(await db.Set<SentNotificationRow>().Where(r => EF.Parameter(values).Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken), StringComparer.Ordinal);

    private static async Task<HashSet<string>> QueuedAsync(ENamndDbContext db, List<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(await db.Outbox.Where(r => EF.Parameter(ids).Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken), StringComparer.Ordinal);
}
