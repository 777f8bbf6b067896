using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>Migration 0035 on PostgreSQL: a database of its own per test.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresEarliestDeadlineMigrationTests(PostgresFixture postgres) : EarliestDeadlineMigrationContract
{
    protected override async Task<PersistenceHarness> StartAsync() =>
        await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("migration_0035")));
}
