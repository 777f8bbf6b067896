using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>The alteration plan store contract against SQLite: a file of its own per test.</summary>
public sealed class SqliteAlterationPlanStoreContractTests : AlterationPlanStoreContractTests, IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-alterations-").FullName;
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync() =>
        harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "plans.db")}"));

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    protected override Task<IAlterationPlanStore> CreateStoreAsync() => Task.FromResult(harness.Services.GetRequiredService<IAlterationPlanStore>());
}
