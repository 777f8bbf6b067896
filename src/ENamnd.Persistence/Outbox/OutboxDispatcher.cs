using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Outbox;

/// <summary>
/// Sends committed outbox messages one at a time: claim, deliver, mark sent, commit. On PostgreSQL
/// the claim is a row lock (<c>FOR UPDATE SKIP LOCKED</c>), so hosts never send the same row at
/// once; a crash between delivery and commit sends that one message once more, with the same id.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<ENamndDbContext> contexts,
    DatabaseSettings database,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>After this many failed attempts a message is given up, unless its handler says otherwise.</summary>
    public const int MaxAttempts = 10;

    private const int MaxPerRun = 500;
    private readonly Dictionary<string, IOutboxHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    // SQLite has no row locks; one dispatch at a time within the (single) host instead.
    private readonly SemaphoreSlim sqliteGate = new(1, 1);

    /// <summary>Sends what is due; returns how many messages were sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var serialized = database.Provider == DatabaseProvider.Sqlite;
        if (serialized) await sqliteGate.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            for (var i = 0; i < MaxPerRun; i++)
            {
                var outcome = await DispatchOneAsync(serialized, cancellationToken);
                if (outcome is null) break;
                if (outcome.Value) sent++;
            }
            return sent;
        }
        finally
        {
            if (serialized) sqliteGate.Release();
        }
    }

    /// <summary>
    /// Claims and handles one due message: true when sent, false when it failed, null when none was due. On SQLite the gate
    /// is the claim and no transaction is held while delivering, since SQLite's would hold the database's only write lock
    /// and a handler that writes (one that starts a workflow) would wait on it.
    /// </summary>
    private async Task<bool?> DispatchOneAsync(bool serialized, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = serialized ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        // The query already takes one row (LIMIT 1 / Take(1)); listing it avoids EF composing another LIMIT over raw SQL.
        var row = (await Due(db, now).ToListAsync(cancellationToken)).FirstOrDefault();
        if (row is null) return null;
        bool sent;
        var handler = byKind.GetValueOrDefault(row.Kind);
        try
        {
            if (handler is null)
                throw new OutboxDeliveryException($"Ingen hanterare för meddelanden av typen '{row.Kind}'.", isPermanent: true);
            // Checkpoint: delivery leaves this transaction; until the commit below the row is unsent. A crash in
            // between delivers the message again on the next dispatch, with the same id for the receiver to drop.
            await handler.DeliverAsync(row.Id, row.Payload, cancellationToken);
            row.SentAt = clock.GetUtcNow();
            row.LastError = null;
            sent = true;
            logger.LogInformation("Sent outbox message {MessageId} ({Kind}) of instance {InstanceId}", row.Id, row.Kind, row.InstanceId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            row.Attempts++;
            row.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            var permanent = e is OutboxDeliveryException { IsPermanent: true } || row.Attempts >= (handler?.MaxAttempts ?? MaxAttempts);
            sent = false;
            if (permanent)
            {
                row.FailedAt = clock.GetUtcNow();
                logger.LogError("Outbox message {MessageId} ({Kind}) failed at attempt {Attempt} and is given up: {Error}", row.Id, row.Kind, row.Attempts, row.LastError);
            }
            else
            {
                row.NextAttemptAt = clock.GetUtcNow() + Backoff(row.Attempts);
                logger.LogWarning("Outbox message {MessageId} ({Kind}) failed, attempt {Attempt}: {Error}", row.Id, row.Kind, row.Attempts, row.LastError);
            }
        }
        // Persistence point: the message is marked in the transaction that claimed it (on SQLite, under the gate that did).
        await db.SaveChangesAsync(CancellationToken.None);
        if (transaction is not null) await transaction.CommitAsync(CancellationToken.None);
        return sent;
    }

    private IQueryable<OutboxRow> Due(ENamndDbContext db, DateTimeOffset now) =>
        database.Provider == DatabaseProvider.Postgres
            ? db.Outbox.FromSqlInterpolated($"SELECT * FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED")
            : db.Outbox.Where(r => r.SentAt == null && r.FailedAt == null && r.NextAttemptAt <= now).OrderBy(r => r.NextAttemptAt).Take(1);

    /// <summary>Wait before the next attempt: 30 s doubled per attempt, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
}
