using System.Text.RegularExpressions;
using Npgsql;

namespace ENamnd.TestSupport.Postgres;

/// <summary>Databases of the server: each test class gets its own.</summary>
public sealed partial class PostgresServer
{
    /// <summary>Creates the empty database <paramref name="name"/> (lower-case letters, digits, underscores) and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain database name: lower-case letters, digits and underscores, at most 63, not starting with a digit.", nameof(name));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Creates a database named <paramref name="prefix"/> plus a random suffix and returns a connection string for it.</summary>
    public Task<string> CreateUniqueDatabaseAsync(string prefix = "test", CancellationToken cancellationToken = default) =>
        CreateDatabaseAsync($"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)], cancellationToken);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
