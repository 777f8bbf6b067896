using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Npgsql;

namespace ENamnd.Persistence.Tests;

/// <summary>The advisory instance lock on a real PostgreSQL server.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresInstanceLockTests(PostgresFixture postgres)
{
    // The advisory locks held in the test's own database (the server is shared with other tests).
    private const string AdvisoryLocksHere =
        "FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    [Fact]
    public async Task Should_LeaveTheLockFreeAndThePoolUsable_When_ReleaseFails()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("instance_lock"));
        var locks = new PostgresInstanceLock(dataSource);
        var held = await locks.AcquireAsync("instans-1");
        // The server ends the session that holds the lock, as a restart does: the release cannot reach it.
        await using (var admin = await dataSource.OpenConnectionAsync())
        {
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) {AdvisoryLocksHere}", admin);
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        await Assert.ThrowsAnyAsync<Exception>(async () => await held.DisposeAsync());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using (await locks.AcquireAsync("instans-1", timeout.Token))
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) {AdvisoryLocksHere}", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }
    }
}
