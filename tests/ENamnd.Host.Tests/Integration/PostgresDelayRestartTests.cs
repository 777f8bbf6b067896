using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>A delay survives a restart of the host on PostgreSQL (Hangfire's delayed job is stored there too).</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PostgresDelayRestartTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string database = "";
    private HostProcess? host;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("delay");
        // The default one-minute sweeps: the stored delayed job must resume the timer, not a sweep.
        host = IntegrationHost.Create(database, fastSweeps: false);
    }

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }

    [Fact]
    public Task Should_FinishAfterDueTimeAndSendEmailOnce_When_HostRestartedDuringDelay() =>
        DelayRestartScenario.RunAsync(host!, DatabaseReader.Postgres(database));
}
