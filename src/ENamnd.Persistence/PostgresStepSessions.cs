using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// Steps on PostgreSQL, each on one connection in one transaction: the first round trip begins it, takes the
/// instance's advisory lock (<c>pg_advisory_xact_lock</c>, released by the commit or the end of the session) and
/// reads the instance as of the lock; the second writes the step's rows and commits (with records or observers'
/// rows, their statements come in between).
/// </summary>
public sealed class PostgresStepSessions(
    NpgsqlDataSource dataSource, IDbContextFactory<ENamndDbContext> contexts, EfWorkflowStateStore store, ILogger<PostgresStepSessions> logger) : IWorkflowStepSessions
{
    /// <summary>The SQL of an instance's lock key from its id in <c>{0}</c>; <see cref="PostgresInstanceLock"/> uses the same key.</summary>
    internal const string LockKey = "hashtextextended('instance:' || {0}, 0)";

    // Each statement of a batch reads a snapshot of its own, taken when it starts: the read after the lock sees what the
    // lock's previous holder committed.
    private static readonly string LockInstance = $"SELECT pg_advisory_xact_lock({string.Format(LockKey, "$1")})";
    private const string ReadInstance = "SELECT state_json FROM instances WHERE id = $1";
    private static readonly string LockBookmarkInstance =
        $"SELECT b.instance_id, pg_advisory_xact_lock({string.Format(LockKey, "b.instance_id")}) FROM bookmarks b WHERE b.id = $1";
    private const string ReadBookmarkInstance =
        "SELECT i.state_json FROM instances i JOIN bookmarks b ON b.instance_id = i.id WHERE b.id = $1";

    /// <inheritdoc />
    public async Task<IWorkflowStepSession> OpenAsync(string instanceId, bool load, CancellationToken cancellationToken = default) =>
        (await OpenAsync(async session =>
        {
            await using var batch = session.Begin(LockInstance, instanceId);
            if (load) batch.BatchCommands.Add(Command(ReadInstance, instanceId));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            string? state = null;
            if (load && await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken)) state = reader.GetString(0);
            return (instanceId, state);
        }, cancellationToken, heldWithoutState: true))!;

    /// <inheritdoc />
    public Task<IWorkflowStepSession?> OpenForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        OpenAsync(async session =>
        {
            await using var batch = session.Begin(LockBookmarkInstance, bookmarkId);
            batch.BatchCommands.Add(Command(ReadBookmarkInstance, bookmarkId));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            string? instanceId = null, state = null;
            if (await reader.ReadAsync(cancellationToken)) instanceId = reader.GetString(0);
            if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken)) state = reader.GetString(0);
            return (instanceId, state);
        }, cancellationToken, heldWithoutState: false);

    // Opens a session and runs its first round trip, which locks an instance and reads its state. The session holds that
    // instance, or is closed and null: without an instance id, or without a state when one is needed (a bookmark's
    // instance, whose lock is only taken when the bookmark existed as the batch began).
    private async Task<IWorkflowStepSession?> OpenAsync(
        Func<PostgresStepSession, Task<(string? InstanceId, string? State)>> lockAndRead, CancellationToken cancellationToken, bool heldWithoutState)
    {
        var session = await PostgresStepSession.OpenAsync(dataSource, contexts, store, logger, cancellationToken);
        try
        {
            var (instanceId, state) = await lockAndRead(session);
            if (instanceId is null || (state is null && !heldWithoutState))
            {
                await session.DisposeAsync();
                return null;
            }
            session.Hold(instanceId, state is null ? null : WorkflowStateSerializer.Deserialize(state));
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static NpgsqlBatchCommand Command(string sql, string value) => new(sql) { Parameters = { new() { Value = value } } };
}
