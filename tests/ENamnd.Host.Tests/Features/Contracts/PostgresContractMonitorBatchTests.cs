using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>Contract monitoring in batches on PostgreSQL: two hosts on one database.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresContractMonitorBatchTests(PostgresFixture postgres) : ContractMonitorBatchContract
{
    protected override async Task<(ContractsHostFactory First, ContractsHostFactory Second)> StartHostsAsync(int batchSize)
    {
        var database = await postgres.CreateDatabaseAsync("contractbatches");
        var first = new ContractsHostFactory(database) { ScanBatchSize = batchSize };
        var second = new ContractsHostFactory(database) { ScanBatchSize = batchSize };
        await first.StartAsync();
        await second.StartAsync();
        return (first, second);
    }
}
