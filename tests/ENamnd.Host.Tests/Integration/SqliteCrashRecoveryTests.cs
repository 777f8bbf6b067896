using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Integration;

/// <summary>The host on the embedded default (SQLite) is killed in the middle of steps and recovers without half-done or repeated steps.</summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class SqliteCrashRecoveryTests : IAsyncLifetime
{
    private readonly TestSupport.Hosting.HostProcess host = IntegrationHost.Create(postgres: null);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public Task Should_CompleteEveryStepOnceAndSendEveryEmail_When_HostKilledDuringSteps() =>
        new CrashScenario(host, DatabaseReader.Sqlite(IntegrationHost.SqliteFileOf(host)), kills: 2).RunAsync();
}
