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
            i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version, i.CorrelationId, i.Status, i.SubStatus, i.Name, i.IncidentCount, i.StateJson, i.CreatedAt, i.UpdatedAt, i.FinishedAt));
        if (rows.RemovedBookmarkIds.Count > 0) batch.BatchCommands.Add(Command(DeleteBookmarks, (object)rows.RemovedBookmarkIds.ToArray()));
        Insert(batch, "bookmarks", ["id", "instance_id", "name", "correlation_id", "due_at", "created_at", "json"], rows.Bookmarks,
            b => [b.Id, b.InstanceId, b.Name, b.CorrelationId, b.DueAt, b.CreatedAt, b.Json]);
        Insert(batch, "journal",
            ["instance_id", "sequence", "activity_id", "node_id", "activity_type", "activity_name", "activity_context_id", "event_type", "outcomes", "message",
                "timestamp", "payload", "activity_state", "outputs"], rows.Journal,
            j => [j.InstanceId, j.Sequence, j.ActivityId, j.NodeId, j.ActivityType, j.ActivityName, j.ActivityContextId, j.EventType, j.Outcomes, j.Message,
                j.Timestamp, j.Payload, j.ActivityState, j.Outputs]);
        Insert(batch, "outbox", ["id", "kind", "payload", "instance_id", "created_at", "attempts", "next_attempt_at"], rows.Outbox,
            o => [o.Id, o.Kind, o.Payload, o.InstanceId, o.CreatedAt, o.Attempts, o.NextAttemptAt]);
        Insert(batch, "pending_signals", ["id", "instance_id", "signal", "created_at"], rows.Signals,
            s => [s.Id, s.InstanceId, s.Signal, s.CreatedAt]);
        if (rows.Audit is { } a)
        {
            Insert(batch, "audit", ["instance_id", "action", "bookmark_id", "bookmark_name", "correlation_id", "definition_version", "details", "timestamp"], [a],
                r => [r.InstanceId, r.Action, r.BookmarkId, r.BookmarkName, r.CorrelationId, r.DefinitionVersion, r.Details, r.Timestamp]);
        }
        return batch;
    }

    // One INSERT of every row; its text depends only on the table and the row count, so prepared statements are reused.
    private static void Insert<T>(NpgsqlBatch batch, string table, string[] columns, IReadOnlyList<T> rows, Func<T, object?[]> values)
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
                command.Parameters.Add(Parameter(row[c]));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        batch.BatchCommands.Add(command);
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(Parameter(value));
        return command;
    }

    // A null is sent untyped: the server takes the column's type.
    private static NpgsqlParameter Parameter(object? value) => new() { Value = value ?? DBNull.Value };
}
