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
            return new Releaser(dataSource, connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The 64-bit lock key of an instance id.</summary>
    public static long KeyOf(string instanceId) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("instance:" + instanceId)), 0);

    private sealed class Releaser(NpgsqlDataSource dataSource, NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = key } } };
                await command.ExecuteNonQueryAsync();
            }
            catch
            {
                // The lock belongs to the session, and a pooled connection keeps its session (Npgsql resets it only
                // when the connection is next used): returned to the pool, this one would hold the lock while idle.
                // Clearing the pool makes Npgsql close every connection opened before, this one included, when it is
                // returned below; closing the session releases the lock. Idle connections are closed too, which a
                // failure here (typically the database restarting) has mostly broken anyway.
                dataSource.Clear();
                throw;
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
