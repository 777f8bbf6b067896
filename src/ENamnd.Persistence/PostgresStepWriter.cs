using System.Text;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// Writes a step's rows in one batch of plain statements: the instance upserted, the consumed bookmarks deleted and
/// every new row of a table in one multi-row insert. No change tracking, no savepoints, one round trip.
/// </summary>
internal static class PostgresStepWriter
{
    private const string UpsertInstance =
        "INSERT INTO instances (id, definition_id, definition_version_id, version, correlation_id, status, sub_status, name, incident_count, state_json, created_at, updated_at, finished_at) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO UPDATE SET " +
        "definition_id = EXCLUDED.definition_id, definition_version_id = EXCLUDED.definition_version_id, version = EXCLUDED.version, " +
        "correlation_id = EXCLUDED.correlation_id, status = EXCLUDED.status, sub_status = EXCLUDED.sub_status, " +
        "name = EXCLUDED.name, incident_count = EXCLUDED.incident_count, " +
        "state_json = EXCLUDED.state_json, updated_at = EXCLUDED.updated_at, finished_at = EXCLUDED.finished_at";

    private const string DeleteBookmarks = "DELETE FROM bookmarks WHERE id = ANY($1)";

    /// <summary>The batch that writes <paramref name="rows"/> in the transaction open on <paramref name="connection"/>.</summary>
    public static NpgsqlBatch Batch(NpgsqlConnection connection, StepRows rows)
    {
        var batch = new NpgsqlBatch(connection);
        var i = rows.Instance;
        batch.BatchCommands.Add(Command(UpsertInstance,
            P(i.Id), P(i.DefinitionId), P(i.DefinitionVersionId), P(i.Version), P(i.CorrelationId), P(i.Status), P(i.SubStatus), P(i.Name),
            P(i.IncidentCount), P(i.StateJson), P(i.CreatedAt), P(i.UpdatedAt), P(i.FinishedAt)));
        if (rows.RemovedBookmarkIds.Count > 0) batch.BatchCommands.Add(Command(DeleteBookmarks, P(rows.RemovedBookmarkIds.ToArray())));
        Insert(batch, "bookmarks", ["id", "instance_id", "name", "correlation_id", "due_at", "created_at", "json"], rows.Bookmarks,
            b => [P(b.Id), P(b.InstanceId), P(b.Name), P(b.CorrelationId), P(b.DueAt), P(b.CreatedAt), P(b.Json)]);
        Insert(batch, "journal",
            ["instance_id", "sequence", "activity_id", "node_id", "activity_type", "activity_name", "activity_context_id", "event_type", "outcomes", "message",
                "timestamp", "payload", "activity_state", "outputs"], rows.Journal,
            j => [P(j.InstanceId), P(j.Sequence), P(j.ActivityId), P(j.NodeId), P(j.ActivityType), P(j.ActivityName), P(j.ActivityContextId), P(j.EventType),
                P(j.Outcomes), P(j.Message), P(j.Timestamp), P(j.Payload), P(j.ActivityState), P(j.Outputs)]);
        Insert(batch, "outbox", ["id", "kind", "payload", "instance_id", "created_at", "attempts", "next_attempt_at"], rows.Outbox,
            o => [P(o.Id), P(o.Kind), P(o.Payload), P(o.InstanceId), P(o.CreatedAt), P(o.Attempts), P(o.NextAttemptAt)]);
        Insert(batch, "pending_signals", ["id", "instance_id", "signal", "created_at"], rows.Signals,
            s => [P(s.Id), P(s.InstanceId), P(s.Signal), P(s.CreatedAt)]);
        if (rows.Audit is { } a)
        {
            Insert(batch, "audit", ["instance_id", "action", "bookmark_id", "bookmark_name", "correlation_id", "definition_version", "details", "timestamp"], [a],
                r => [P(r.InstanceId), P(r.Action), P(r.BookmarkId), P(r.BookmarkName), P(r.CorrelationId), P(r.DefinitionVersion), P(r.Details), P(r.Timestamp)]);
        }
        return batch;
    }

    // One INSERT of every row; its text depends only on the table and the row count, so prepared statements are reused.
    private static void Insert<T>(NpgsqlBatch batch, string table, string[] columns, IReadOnlyList<T> rows, Func<T, NpgsqlParameter[]> values)
    {
        if (rows.Count == 0) return;
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        var command = new NpgsqlBatchCommand();
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            var row = values(rows[r]);
            for (var c = 0; c < row.Length; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append('$').Append(command.Parameters.Count + 1);
                command.Parameters.Add(row[c]);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        batch.BatchCommands.Add(command);
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    // Typed by the column's CLR type, a null included: a prepared statement is reused only when its parameters' types
    // match, and an untyped null would make a statement of its own.
    private static NpgsqlParameter<T> P<T>(T value) => new() { TypedValue = value };
}
