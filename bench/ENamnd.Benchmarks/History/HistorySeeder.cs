using Npgsql;

namespace ENamnd.Benchmarks.History;

/// <summary>
/// Fills the database with finished instances, fast: each a copy of one real finished instance (its state and journal)
/// under its own id and case number, with a decided task and its decision, written by the server from
/// <c>generate_series</c> in a few statements, then vacuumed and analyzed.
/// </summary>
public static class HistorySeeder
{
    /// <summary>The prefix of the copies' instance ids.</summary>
    public const string IdPrefix = "historik-";

    /// <summary>Adds <paramref name="count"/> finished instances copied from the finished instance <paramref name="templateId"/>.</summary>
    public static async Task SeedAsync(NpgsqlDataSource dataSource, string templateId, int count, CancellationToken cancellationToken)
    {
        string[] statements =
        [
            // A month of history, a minute apart, all older than the template.
            $"""
            INSERT INTO instances (id, definition_id, definition_version_id, version, correlation_id, status, sub_status, name, incident_count, state_json, created_at, updated_at, finished_at)
            SELECT '{IdPrefix}' || n, t.definition_id, t.definition_version_id, t.version, 'HIST/' || n, t.status, t.sub_status, t.name, t.incident_count,
                   replace(t.state_json, t.id, '{IdPrefix}' || n), t.created_at - n * interval '1 minute', t.updated_at - n * interval '1 minute',
                   t.finished_at - n * interval '1 minute'
            FROM instances t, generate_series(1, $2) AS n WHERE t.id = $1
            """,
            $"""
            INSERT INTO journal (instance_id, sequence, activity_id, node_id, activity_type, activity_name, activity_context_id, event_type, outcomes, message,
                                 timestamp, payload, activity_state, outputs)
            SELECT '{IdPrefix}' || n, j.sequence, j.activity_id, j.node_id, j.activity_type, j.activity_name, j.activity_context_id, j.event_type, j.outcomes,
                   j.message, j.timestamp - n * interval '1 minute', replace(j.payload, $1, '{IdPrefix}' || n), j.activity_state, j.outputs
            FROM journal j, generate_series(1, $2) AS n WHERE j.instance_id = $1
            """,
            $"""
            INSERT INTO tasks (id, instance_id, bookmark_id, case_number, definition_version, kind, title, question, recipient_email, recipient_name,
                               choices, documents, asks_for_reference, expires_at, opened_at, status, outcome, decided_by, channel, closed_at, token_hash)
            SELECT 'historik-uppgift-' || n, '{IdPrefix}' || n, 'historik-bokmarke-' || n, 'HIST/' || n, 1, 'approval', 'Godkännande ' || n,
                   'Godkänner du?', 'person' || (n % 50) || '@example.org', 'Person ' || (n % 50), '["Approved","Rejected"]', '[]', false,
                   now() - n * interval '1 minute' + interval '30 days', now() - n * interval '1 minute' - interval '1 day', 'Decided', 'Approved',
                   'person' || (n % 50) || '@example.org', 'email', now() - n * interval '1 minute', md5('historik-' || n)
            FROM generate_series(1, $2) AS n
            """,
            $"""
            INSERT INTO decisions (task_id, instance_id, case_number, definition_version, kind, outcome, decided_by, channel, decided_at_utc, decided_at_local)
            SELECT 'historik-uppgift-' || n, '{IdPrefix}' || n, 'HIST/' || n, 1, 'approval', 'Approved', 'person' || (n % 50) || '@example.org', 'email',
                   now() - n * interval '1 minute', to_char(now() - n * interval '1 minute', 'YYYY-MM-DD HH24:MI')
            FROM generate_series(1, $2) AS n
            """,
        ];
        foreach (var statement in statements)
        {
            await using var command = dataSource.CreateCommand(statement);
            command.Parameters.Add(new NpgsqlParameter { Value = templateId });
            command.Parameters.Add(new NpgsqlParameter { Value = count });
            command.CommandTimeout = 1200;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
