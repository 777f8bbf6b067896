using Microsoft.Data.Sqlite;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>Describes an SQLite database from sqlite_master and the table_info, index_list and index_info pragmas, leaving out SQLite's own sqlite_* tables.</summary>
public static class SqliteSchemaReader
{
    /// <summary>Reads the schema of the database at <paramref name="connectionString"/>.</summary>
    public static async Task<SchemaDescription> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var tables = new List<TableDescription>();
        var names = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
        foreach (var table in names.Select(n => (string)n[0]!))
        {
            // cid, name, type, notnull, dflt_value, pk (the column's position in the primary key, 0 if none).
            var columns = await RowsAsync(connection, "SELECT name, \"notnull\", pk FROM pragma_table_info($name)", table);
            var triggers = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $name", table);
            tables.Add(new TableDescription(
                table,
                columns.Select(c => new ColumnDescription((string)c[0]!, (long)c[1]! == 0)).ToList(),
                columns.Where(c => (long)c[2]! > 0).OrderBy(c => (long)c[2]!).Select(c => (string)c[0]!).ToList(),
                await IndexesAsync(connection, table),
                triggers.Select(t => (string)t[0]!).ToList()));
        }
        return new SchemaDescription(tables);
    }

    private static async Task<List<IndexDescription>> IndexesAsync(SqliteConnection connection, string table)
    {
        var indexes = new List<IndexDescription>();
        // origin: 'c' CREATE INDEX, 'u' a UNIQUE constraint, 'pk' the primary key (compared as the table's key instead).
        foreach (var index in await RowsAsync(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list($name) WHERE origin <> 'pk'", table))
        {
            // An expression key has cid -2 and no name.
            var keys = await RowsAsync(connection, "SELECT name FROM pragma_index_info($name) ORDER BY seqno", (string)index[0]!);
            var columns = keys.Select(k => (string?)k[0] ?? IndexDescription.Expression).ToList();
            var name = (string)index[2]! == "u" ? IndexDescription.ForUniqueConstraint(table, columns) : (string)index[0]!;
            indexes.Add(new IndexDescription(name, columns, (long)index[1]! != 0, (long)index[3]! != 0));
        }
        return indexes;
    }

    private static async Task<List<object?[]>> RowsAsync(SqliteConnection connection, string sql, string? name = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (name is not null) command.Parameters.AddWithValue("$name", name);
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
