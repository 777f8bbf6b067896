using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ENamnd.Host.Tests.Integration;

/// <summary>Reads a host's database directly (PostgreSQL or the SQLite file), to check what was committed.</summary>
internal sealed class DatabaseReader(Func<DbConnection> connect, string description)
{
    /// <summary>A reader of a PostgreSQL database.</summary>
    public static DatabaseReader Postgres(string connectionString) =>
        new(() => new NpgsqlConnection(connectionString), "PostgreSQL");

    /// <summary>A reader of a SQLite file; no pooling, so nothing keeps the file open after a query.</summary>
    public static DatabaseReader Sqlite(string file) =>
        new(() => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString), "SQLite");

    /// <summary>Which database this is, for messages.</summary>
    public string Description => description;

    /// <summary>The rows of a query, each as its column values (DBNull as null).</summary>
    public async Task<IReadOnlyList<object?[]>> RowsAsync(string sql)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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

    /// <summary>The first column of the first row as a number (a count).</summary>
    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await RowsAsync(sql))[0][0], System.Globalization.CultureInfo.InvariantCulture);
}
