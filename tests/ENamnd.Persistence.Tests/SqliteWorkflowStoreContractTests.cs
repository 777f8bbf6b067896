using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>The store contract against SQLite: a file of its own per test.</summary>
public sealed class SqliteWorkflowStoreContractTests : WorkflowStoreContractTests, IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-sqlite-").FullName;
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync() =>
        harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "contract.db")}"));

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    protected override Task<IWorkflowDefinitionStore> CreateDefinitionStoreAsync() => Task.FromResult(harness.Definitions);

    protected override Task<WorkflowStateStores> CreateStateStoresAsync() => Task.FromResult(harness.State);

    protected override Task<string> StoredStateAsync(WorkflowStateStores stores, string instanceId) => harness.StateJsonAsync(instanceId);

    protected override IResumeTokenStore ResumeTokensOf(WorkflowStateStores stores) => harness.Services.GetRequiredService<IResumeTokenStore>();

    [Fact]
    public async Task Should_ApplyMigrationsOnce_When_MigratedAgain()
    {
        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
    }

    [Fact]
    public async Task Should_KeepNoSignal_When_ItsStepIsRolledBack()
    {
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var signal = NewSignal(instance, new WorkflowSignal.CancelChild(NewId("barn")));
        // No writer takes this record, so the step's transaction is rolled back.
        var step = FirstStep(instance) with { Signals = [signal], Records = [new StepRecord("okand.post", [])] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.State.Committer.CommitAsync(step));

        Assert.Null(await harness.State.Instances.FindAsync(instance.Id));
        Assert.Empty(await harness.State.Signals.ListPendingAsync(DateTimeOffset.MaxValue, 100));
    }

    [Fact]
    public async Task Should_KeepNoToken_When_ItsStepIsRolledBack()
    {
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var hash = ResumeTokens.HashOf(ResumeTokens.New());
        var token = new ResumeToken
        {
            Hash = hash, Kind = ResumeTokens.BookmarkKind, Target = NewId("bokmarke"), InstanceId = instance.Id, CreatedAt = Now, ExpiresAt = Now.AddDays(1),
        };
        // The token's record is written, then a record no writer takes rolls the whole step back.
        var step = FirstStep(instance) with
        {
            Records = [new StepRecord(ResumeTokens.RecordKind, (System.Text.Json.Nodes.JsonObject)ValueConverter.ToNode(token)!), new StepRecord("okand.post", [])],
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.State.Committer.CommitAsync(step));

        Assert.Null(await harness.State.Instances.FindAsync(instance.Id));
        Assert.Null(await harness.Services.GetRequiredService<IResumeTokenStore>().FindAsync(hash));
    }
}
