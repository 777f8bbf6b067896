using ENamnd.Persistence.Evidence;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// The two PostgreSQL roles of a hardened set-up: the owner, who migrates the schema, and the host's working role, who may
/// read and write every table but only insert into and read the append-only evidence tables (<see cref="EvidenceTables.AppendOnly"/>)
/// and only read <c>schema_migrations</c>. Not being the owner, it can neither alter, disable or drop their triggers.
/// </summary>
public static class PostgresRoles
{
    /// <summary>The statements that give <paramref name="hostRole"/> its rights on the tables of <paramref name="schema"/> as they are now.</summary>
    public static IReadOnlyList<string> GrantStatements(string schema, string hostRole)
    {
        var (s, r) = (Quote(schema), Quote(hostRole));
        return
        [
            $"GRANT USAGE ON SCHEMA {s} TO {r}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}",
            $"REVOKE UPDATE, DELETE, TRUNCATE ON {string.Join(", ", EvidenceTables.AppendOnly.Select(t => $"{s}.{Quote(t)}"))} FROM {r}",
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {s}.schema_migrations FROM {r}",
        ];
    }

    /// <summary>
    /// Run by the owner after migrating, so tables a migration added are covered: grants the role of
    /// <paramref name="hostConnectionString"/> its rights (<see cref="GrantStatements"/>) in one transaction. Returns that
    /// role, or null when it is the owner itself (nothing to grant).
    /// </summary>
    public static async Task<string?> GrantHostRoleAsync(string ownerConnectionString, string hostConnectionString, CancellationToken cancellationToken)
    {
        var (hostRole, _) = await WhoAsync(hostConnectionString, cancellationToken);
        var (ownerRole, schema) = await WhoAsync(ownerConnectionString, cancellationToken);
        if (hostRole == ownerRole) return null;
        await using var owner = new NpgsqlConnection(ownerConnectionString);
        await owner.OpenAsync(cancellationToken);
        await using var transaction = await owner.BeginTransactionAsync(cancellationToken);
        foreach (var statement in GrantStatements(schema, hostRole))
        {
            await using var command = new NpgsqlCommand(statement, owner, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return hostRole;
    }

    /// <summary>
    /// The host's working role, and the evidence tables it could rewrite: those it owns (itself or through a role it is a
    /// member of; a superuser owns everything) or may update, delete from or truncate.
    /// </summary>
    public static async Task<(string Role, IReadOnlyList<string> Tables)> RewritableEvidenceAsync(NpgsqlDataSource host, CancellationToken cancellationToken)
    {
        const string sql =
            "SELECT current_user::text, ARRAY(SELECT t.name FROM unnest($1::text[]) AS t(name) " +
            "WHERE to_regclass(t.name) IS NOT NULL AND (" +
            "pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass(t.name)), 'MEMBER') " +
            "OR has_table_privilege(to_regclass(t.name), 'UPDATE, DELETE, TRUNCATE')))";
        await using var command = host.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = EvidenceTables.AppendOnly.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetString(0), reader.GetFieldValue<string[]>(1));
    }

    // The role a connection works as, and the schema its tables are created in.
    private static async Task<(string Role, string Schema)> WhoAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_user::text, current_schema()::text", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetString(0), reader.GetString(1));
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
