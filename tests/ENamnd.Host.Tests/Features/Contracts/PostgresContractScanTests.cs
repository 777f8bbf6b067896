using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>Contract monitoring's scan on PostgreSQL.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresContractScanTests(PostgresFixture postgres) : ContractScanContract
{
    protected override async Task<DatabaseSettings> DatabaseAsync() =>
        new(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("contractscan"));
}
