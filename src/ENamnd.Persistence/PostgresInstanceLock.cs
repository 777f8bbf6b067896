using ENamnd.Engine.Stores;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// A lock per instance (or other key) shared by every host on the database: a PostgreSQL session advisory lock on
/// a connection held while it is taken. A host that dies loses its connection, and with it the lock. Steps take the
/// same key as a transaction lock (<see cref="PostgresStepSessions"/>), so the two exclude each other.
/// </summary>
public sealed class PostgresInstanceLock(NpgsqlDataSource dataSource) : IInstanceLock
{
    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Lock, connection) { Parameters = { new() { Value = instanceId } } };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Releaser(dataSource, connection, instanceId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // The key of PostgresStepSessions' transaction locks, so the two kinds exclude each other.
    private static readonly string Lock = $"SELECT pg_advisory_lock({string.Format(PostgresStepSessions.LockKey, "$1")})";
    private static readonly string Unlock = $"SELECT pg_advisory_unlock({string.Format(PostgresStepSessions.LockKey, "$1")})";

    private sealed class Releaser(NpgsqlDataSource dataSource, NpgsqlConnection connection, string instanceId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand(Unlock, connection) { Parameters = { new() { Value = instanceId } } };
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
