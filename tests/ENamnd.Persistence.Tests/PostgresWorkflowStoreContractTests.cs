using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Stores;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ENamnd.Persistence.Tests;

/// <summary>The store contract against PostgreSQL: one fresh database for the class, shared by its tests (the contract allows that).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresWorkflowStoreContractTests(PostgresFixture postgres) : WorkflowStoreContractTests, IAsyncLifetime
{
    private static readonly SemaphoreSlim DatabaseGate = new(1, 1);
    private static string? classDatabase;
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync() =>
        harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await ClassDatabaseAsync()));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    protected override Task<IWorkflowDefinitionStore> CreateDefinitionStoreAsync() => Task.FromResult(harness.Definitions);

    protected override Task<WorkflowStateStores> CreateStateStoresAsync() => Task.FromResult(harness.State);

    protected override Task<string> StoredStateAsync(WorkflowStateStores stores, string instanceId) => harness.StateJsonAsync(instanceId);

    protected override IResumeTokenStore ResumeTokensOf(WorkflowStateStores stores) => harness.Services.GetRequiredService<IResumeTokenStore>();

    [Fact]
    public async Task Should_ApplyMigrationsOnce_When_MigratedAgain()
    {
        var migrator = harness.Services.GetRequiredService<SchemaMigrator>();

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(migrator.Migrations.Count, await CountAsync(await ClassDatabaseAsync(), "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Should_LeaveOneSchema_When_TwoMigratorsRace()
    {
        var database = await postgres.CreateDatabaseAsync("migration_race");
        await using var first = Unmigrated(database);
        await using var second = Unmigrated(database);
        var migrators = new[] { first.GetRequiredService<SchemaMigrator>(), second.GetRequiredService<SchemaMigrator>() };

        var applied = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync(CancellationToken.None))));

        var all = migrators[0].Migrations;
        Assert.NotEmpty(all);
        Assert.Equal([0, all.Count], applied.Order());
        Assert.Equal(all.Count, await CountAsync(database, "SELECT COUNT(DISTINCT version) FROM schema_migrations"));
        Assert.Equal(all.Count, await CountAsync(database, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(6, await CountAsync(database,
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' " +
            "AND table_name IN ('definitions', 'instances', 'bookmarks', 'journal', 'outbox', 'audit')"));
    }

    // The class's database, created by the first test that needs it.
    private async Task<string> ClassDatabaseAsync()
    {
        await DatabaseGate.WaitAsync();
        try
        {
            return classDatabase ??= await postgres.CreateDatabaseAsync("contract");
        }
        finally
        {
            DatabaseGate.Release();
        }
    }

    private static ServiceProvider Unmigrated(string connectionString) =>
        new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddENamndPersistence(new DatabaseSettings(DatabaseProvider.Postgres, connectionString))
            .BuildServiceProvider();

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
