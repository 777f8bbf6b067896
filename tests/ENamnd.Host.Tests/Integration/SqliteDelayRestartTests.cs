using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Integration;

/// <summary>A delay survives a restart of the host on the embedded default (SQLite, in-memory Hangfire).</summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class SqliteDelayRestartTests : IAsyncLifetime
{
    // The default one-minute sweeps: the timer must come back from the database at start-up, not from a sweep.
    private readonly TestSupport.Hosting.HostProcess host = IntegrationHost.Create(postgres: null, fastSweeps: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public Task Should_FinishAfterDueTimeAndSendEmailOnce_When_HostRestartedDuringDelay() =>
        DelayRestartScenario.RunAsync(host, DatabaseReader.Sqlite(IntegrationHost.SqliteFileOf(host)));
}
