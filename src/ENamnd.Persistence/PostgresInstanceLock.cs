using System.Security.Cryptography;
using System.Text;
using ENamnd.Engine.Stores;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// A lock per instance shared by every host on the database: a PostgreSQL session advisory lock on
/// a connection held for the step. A host that dies loses its connection, and with it the lock.
/// </summary>
public sealed class PostgresInstanceLock(NpgsqlDataSource dataSource) : IInstanceLock
{
    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(instanceId);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Releaser(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The 64-bit lock key of an instance id.</summary>
    public static long KeyOf(string instanceId) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("instance:" + instanceId)), 0);

    private sealed class Releaser(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = key } } };
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
