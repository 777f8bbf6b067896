using Npgsql;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// Keeps the session stamp in the one-row table <c>coordinator_session_stamp</c> (hosts on PostgreSQL), so every host on
/// the database checks cookies against the same stamp and a sign-out on one host ends the sessions on all of them.
/// </summary>
/// <remarks>
/// A host that kept its stamp in the data directory before starts the table from that file's stamp, so the upgrade signs
/// nobody out, and then deletes the file: a stale file must not bring an old stamp back if the row is ever deleted
/// (deleting the row is a way to sign every coordinator out).
/// </remarks>
internal sealed class DatabaseSessionStampStore(NpgsqlDataSource dataSource, FileSessionStampStore file, ILogger<DatabaseSessionStampStore> logger)
    : ICoordinatorSessionStampStore
{
    private const string Select = "SELECT stamp FROM coordinator_session_stamp WHERE id = 1";
    private int fileRetired;

    /// <inheritdoc />
    public async ValueTask<string> ReadOrCreateAsync(string candidate, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var stamp = await ScalarAsync(connection, Select, cancellationToken);
        if (stamp is null)
        {
            // Two hosts starting at once both insert; the first commit wins and the other's insert does nothing. The read
            // is a statement of its own, so it sees the winner's row (a CTE's snapshot would not).
            await using var insert = new NpgsqlCommand(
                "INSERT INTO coordinator_session_stamp (id, stamp, renewed_at) VALUES (1, $1, now()) ON CONFLICT (id) DO NOTHING", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = file.TryRead() ?? candidate });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            stamp = await ScalarAsync(connection, Select, cancellationToken)
                ?? throw new InvalidOperationException("The table coordinator_session_stamp holds no stamp right after one was inserted.");
        }
        RetireFile();
        return stamp;
    }

    /// <inheritdoc />
    public async Task ReplaceAsync(string stamp, CancellationToken cancellationToken)
    {
        // An update of the one row; an insert only if someone deleted it.
        await using var command = dataSource.CreateCommand(
            "INSERT INTO coordinator_session_stamp (id, stamp, renewed_at) VALUES (1, $1, now()) " +
            "ON CONFLICT (id) DO UPDATE SET stamp = EXCLUDED.stamp, renewed_at = EXCLUDED.renewed_at");
        command.Parameters.Add(new NpgsqlParameter { Value = stamp });
        // Persistence point: once committed, every host refuses the old stamp at its next read (CoordinatorSessionStamp.CacheTime).
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    // Once per process, after the table holds a stamp: the data directory's file is no longer the stamp.
    private void RetireFile()
    {
        if (Interlocked.Exchange(ref fileRetired, 1) == 1 || !File.Exists(file.FilePath)) return;
        File.Delete(file.FilePath);
        logger.LogInformation("The coordinator's session stamp is kept in the database table coordinator_session_stamp; removed {File}", file.FilePath);
    }
}
