using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Persistence.Tests;

/// <summary><see cref="InstanceVariables"/> on PostgreSQL (a throwaway server shared by the collection, a database per test).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresInstanceVariablesTests(PostgresFixture postgres) : InstanceVariablesContract
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("variables"));
}
