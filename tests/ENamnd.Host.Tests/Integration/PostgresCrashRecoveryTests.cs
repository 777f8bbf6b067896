using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>The host on PostgreSQL is killed in the middle of steps and recovers without half-done or repeated steps.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PostgresCrashRecoveryTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string database = "";
    private HostProcess? host;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("crash");
        host = IntegrationHost.Create(database);
    }

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }

    [Fact]
    public Task Should_CompleteEveryStepOnceAndSendEveryEmail_When_HostKilledDuringSteps() =>
        new CrashScenario(host!, DatabaseReader.Postgres(database), kills: 3).RunAsync();
}
