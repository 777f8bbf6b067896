using Npgsql;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>Describes the <c>public</c> schema of a PostgreSQL database from information_schema and pg_catalog.</summary>
public static class PostgresSchemaReader
{
    private const string TablesSql =
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";

    private const string ColumnsSql =
        "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns " +
        "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position";

    private const string PrimaryKeysSql =
        "SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc " +
        "JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema " +
        "AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name " +
        "WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY tc.table_name, kcu.ordinal_position";

    // One row per key column of every index but the primary keys'; attname is NULL for an expression.
    private const string IndexesSql =
        "SELECT t.relname, i.relname, ix.indisunique, ix.indpred IS NOT NULL, " +
        "EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype = 'u'), a.attname " +
        "FROM pg_index ix " +
        "JOIN pg_class i ON i.oid = ix.indexrelid " +
        "JOIN pg_class t ON t.oid = ix.indrelid " +
        "JOIN pg_namespace n ON n.oid = t.relnamespace " +
        "CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) " +
        "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0 " +
        "WHERE n.nspname = 'public' AND NOT ix.indisprimary AND k.position <= ix.indnkeyatts " +
        "ORDER BY t.relname, i.relname, k.position";

    // Internal triggers (those behind foreign keys) are not the migrations' own.
    private const string TriggersSql =
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid " +
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal";

    /// <summary>Reads the schema of the database at <paramref name="connectionString"/>.</summary>
    public static async Task<SchemaDescription> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var tables = await RowsAsync(connection, TablesSql);
        var columns = await RowsAsync(connection, ColumnsSql);
        var keys = await RowsAsync(connection, PrimaryKeysSql);
        var indexRows = await RowsAsync(connection, IndexesSql);
        var triggers = await RowsAsync(connection, TriggersSql);

        return new SchemaDescription(tables.Select(t => (string)t[0]!).Select(table => new TableDescription(
            table,
            columns.Where(c => (string)c[0]! == table).Select(c => new ColumnDescription((string)c[1]!, (bool)c[2]!)).ToList(),
            keys.Where(k => (string)k[0]! == table).Select(k => (string)k[1]!).ToList(),
            Indexes(indexRows.Where(i => (string)i[0]! == table)),
            triggers.Where(t => (string)t[0]! == table).Select(t => (string)t[1]!).ToList())).ToList());
    }

    private static List<IndexDescription> Indexes(IEnumerable<object?[]> rows) =>
        rows.GroupBy(r => (string)r[1]!).Select(index =>
        {
            var first = index.First();
            var columns = index.Select(r => (string?)r[5] ?? IndexDescription.Expression).ToList();
            var name = (bool)first[4]! ? IndexDescription.ForUniqueConstraint((string)first[0]!, columns) : index.Key;
            return new IndexDescription(name, columns, (bool)first[2]!, (bool)first[3]!);
        }).ToList();

    private static async Task<List<object?[]>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
