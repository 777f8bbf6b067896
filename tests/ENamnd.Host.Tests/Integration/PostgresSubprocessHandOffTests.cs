using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>On PostgreSQL, a subprocess hand-off that a kill interrupts after its commit is delivered after the restart.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PostgresSubprocessHandOffTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string database = "";
    private HostProcess? host;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("handoff");
        host = SubprocessHandOffScenario.CreateHost(database);
    }

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }

    [Fact]
    public Task Should_StartTheChildAndResumeTheParent_When_HostKilledBetweenCommitAndDelivery() =>
        new SubprocessHandOffScenario(host!, DatabaseReader.Postgres(database)).RunAsync();
}
