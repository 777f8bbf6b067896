using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Persistence.Tests.Rows;

/// <summary>The task status column on PostgreSQL (a throwaway server shared by the collection, a database per test).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresTaskRowStatusTests(PostgresFixture postgres) : TaskRowStatusContract
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("tasks"));
}
