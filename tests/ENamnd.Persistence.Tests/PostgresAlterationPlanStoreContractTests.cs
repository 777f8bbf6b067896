using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Stores;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>The alteration plan store contract against PostgreSQL: a database per test on the collection's server.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresAlterationPlanStoreContractTests(PostgresFixture postgres) : AlterationPlanStoreContractTests, IAsyncLifetime
{
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync() =>
        harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("alterations")));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    protected override Task<IAlterationPlanStore> CreateStoreAsync() => Task.FromResult(harness.Services.GetRequiredService<IAlterationPlanStore>());
}
