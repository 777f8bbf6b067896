using ENamnd.Engine;
using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>The host's durable stores on a given database, migrated and ready.</summary>
public sealed class PersistenceHarness : IAsyncDisposable
{
    private PersistenceHarness(ServiceProvider services) => Services = services;

    /// <summary>The container holding the stores.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The definition store.</summary>
    public IWorkflowDefinitionStore Definitions => Services.GetRequiredService<IWorkflowDefinitionStore>();

    /// <summary>The state stores.</summary>
    public WorkflowStateStores State
    {
        get
        {
            var store = Services.GetRequiredService<EfWorkflowStateStore>();
            return new WorkflowStateStores(store, store, store, store, Services.GetRequiredService<IWorkflowStepSessions>(), store);
        }
    }

    /// <summary>Builds the stores on <paramref name="database"/> (with what <paramref name="configure"/> adds) and applies the migrations.</summary>
    public static async Task<PersistenceHarness> StartAsync(DatabaseSettings database, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection().AddLogging().AddENamndPersistence(database).AddWorkflowEngine();
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new PersistenceHarness(services);
    }

    /// <summary>An instance's <c>state_json</c> as stored.</summary>
    public async Task<string> StateJsonAsync(string instanceId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Instances.AsNoTracking().Where(r => r.Id == instanceId).Select(r => r.StateJson).SingleAsync();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
