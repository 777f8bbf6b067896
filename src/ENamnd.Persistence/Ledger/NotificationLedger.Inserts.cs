using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ENamnd.Persistence.Ledger;

// A batch's keys and outbox rows, added to the batch's transaction: on PostgreSQL streamed with COPY (binary), one per
// table (thousands of rows a run, where the context would send a statement and track an entity per row, and even one
// INSERT of unnested arrays costs the server more); on SQLite, local and small, by the context. A key or id taken is a
// unique-key violation either way, and rolls the whole transaction back.
public sealed partial class NotificationLedger
{
    private const string CopyKeys = "COPY sent_notifications (key, kind, subject, outbox_id, recorded_at) FROM STDIN (FORMAT BINARY)";

    private const string CopyMessages =
        "COPY outbox (id, kind, payload, instance_id, created_at, attempts, next_attempt_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Adds <paramref name="keys"/> and <paramref name="messages"/> in the transaction of <paramref name="db"/>: written now on
    /// PostgreSQL, by the next save on SQLite.
    /// </summary>
    private static async Task InsertAsync(ENamndDbContext db, IReadOnlyList<SentNotificationRow> keys, IReadOnlyList<OutboxRow> messages, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            db.AddRange(keys);
            db.AddRange(messages);
            return;
        }
        // COPY runs in the connection's open transaction (the batch's), so it commits or rolls back with it.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await CopyAsync(connection, CopyKeys, keys, async (copy, key) =>
        {
            await copy.WriteAsync(key.Key, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(key.Kind, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(key.Subject, NpgsqlDbType.Text, cancellationToken);
            if (key.OutboxId is null) await copy.WriteNullAsync(cancellationToken);
            else await copy.WriteAsync(key.OutboxId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(key.RecordedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);
        await CopyAsync(connection, CopyMessages, messages, async (copy, message) =>
        {
            foreach (var text in (string[])[message.Id, message.Kind, message.Payload, message.InstanceId])
                await copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(message.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(message.NextAttemptAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);
    }

    // One COPY of rows into a table, each row written by writeRow; nothing is sent for no rows.
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string command, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, Task> writeRow, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await using var copy = await connection.BeginBinaryImportAsync(command, cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await writeRow(copy, row);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    // Whether a batch lost a race for a key or id: a save refused it, or (on PostgreSQL) a COPY did.
    private static bool IsKeyTaken(Exception exception) => exception switch
    {
        DbUpdateException update => update.IsUniqueKeyViolation(),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
