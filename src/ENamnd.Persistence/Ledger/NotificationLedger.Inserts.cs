using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ENamnd.Persistence.Ledger;

// A batch's keys and outbox rows, added to the batch's transaction: on PostgreSQL one statement per table, the rows sent
// as arrays and unnested by the server (thousands of rows a run, where the context would send a statement and track an
// entity per row); on SQLite, local and small, by the context. A key or id taken is a unique-key violation either way.
public sealed partial class NotificationLedger
{
    private const string InsertKeys =
        "INSERT INTO sent_notifications (key, kind, subject, outbox_id, recorded_at) SELECT * FROM unnest(@keys, @kinds, @subjects, @outbox_ids, @recorded_at)";

    private const string InsertMessages =
        "INSERT INTO outbox (id, kind, payload, instance_id, created_at, attempts, next_attempt_at) " +
        "SELECT id, kind, payload, instance_id, created_at, 0, next_attempt_at " +
        "FROM unnest(@ids, @kinds, @payloads, @instance_ids, @created_at, @next_attempt_at) AS m(id, kind, payload, instance_id, created_at, next_attempt_at)";

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
        if (keys.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(InsertKeys, [
                Texts("keys", keys.Select(k => k.Key)),
                Texts("kinds", keys.Select(k => k.Kind)),
                Texts("subjects", keys.Select(k => k.Subject)),
                Texts("outbox_ids", keys.Select(k => k.OutboxId)),
                Moments("recorded_at", keys.Select(k => k.RecordedAt)),
            ], cancellationToken);
        }
        if (messages.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(InsertMessages, [
                Texts("ids", messages.Select(m => m.Id)),
                Texts("kinds", messages.Select(m => m.Kind)),
                Texts("payloads", messages.Select(m => m.Payload)),
                Texts("instance_ids", messages.Select(m => m.InstanceId)),
                Moments("created_at", messages.Select(m => m.CreatedAt)),
                Moments("next_attempt_at", messages.Select(m => m.NextAttemptAt)),
            ], cancellationToken);
        }
    }

    private static NpgsqlParameter Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter Moments(string name, IEnumerable<DateTimeOffset> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = values.Select(v => v.ToUniversalTime()).ToArray() };
}
