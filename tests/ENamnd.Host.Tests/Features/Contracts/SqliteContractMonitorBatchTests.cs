using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>Contract monitoring in batches on SQLite: one host, its two runs at once.</summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public sealed class SqliteContractMonitorBatchTests : ContractMonitorBatchContract
{
    protected override async Task<(ContractsHostFactory First, ContractsHostFactory Second)> StartHostsAsync(int batchSize)
    {
        var host = new ContractsHostFactory { ScanBatchSize = batchSize };
        await host.StartAsync();
        return (host, host);
    }
}
