using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Persistence.Tests.Evidence;

/// <summary>The evidence chain on PostgreSQL (a database of its own per test).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresEvidenceChainTests(PostgresFixture postgres) : EvidenceChainContract
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("evidence"));
}
