using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>
/// A hash of everything the application stores (every table of its schema, all rows, order-independent), to show a
/// refused request changed nothing. The outbox is left out: it is emptied in the background after earlier successes.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase) { "outbox", "schema_migrations" };

    /// <summary>The fingerprint of the database behind <paramref name="db"/>.</summary>
    public static async Task<string> OfAsync(ENamndDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var tables = await ReadAsync(connection, db.Database.IsNpgsql()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var hash = new StringBuilder();
        foreach (var table in tables.Select(t => t[0]).Where(t => !Volatile.Contains(t)).Order(StringComparer.Ordinal))
        {
            var rows = await ReadAsync(connection, $"SELECT * FROM \"{table}\"");
            var lines = rows.Select(r => string.Join('\u001F', r)).Order(StringComparer.Ordinal);
            hash.Append(table).Append(':').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001E', lines))))).Append('\n');
        }
        return hash.ToString();
    }

    private static async Task<List<string[]>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
