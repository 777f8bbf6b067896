using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Integration;

/// <summary>On the embedded default (SQLite), a subprocess hand-off that a kill interrupts after its commit is delivered after the restart.</summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class SqliteSubprocessHandOffTests : IAsyncLifetime
{
    private readonly TestSupport.Hosting.HostProcess host = SubprocessHandOffScenario.CreateHost(postgres: null);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public Task Should_StartTheChildAndResumeTheParent_When_HostKilledBetweenCommitAndDelivery() =>
        new SubprocessHandOffScenario(host, DatabaseReader.Sqlite(IntegrationHost.SqliteFileOf(host))).RunAsync();
}
