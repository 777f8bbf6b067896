using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Persistence.Tests;

/// <summary>The observer on PostgreSQL: a database of its own per test.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresStepTransactionObserverTests(PostgresFixture postgres) : StepTransactionObserverTests
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("observer"));
}
