using ENamnd.Engine;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// The runtime with in-memory stores, renewed every <see cref="InstancesPerEngine"/> instances: the
/// in-memory store keeps every finished instance, and a long run must not measure a growing heap.
/// Used by one client at a time.
/// </summary>
public sealed class InMemoryRuntime(WorkflowDefinition definition) : IAsyncDisposable
{
    /// <summary>How many instances one engine runs before it is replaced.</summary>
    public const int InstancesPerEngine = 5_000;

    private ServiceProvider? provider;
    private IWorkflowRuntime? runtime;
    private int started;

    /// <summary>Starts an instance of the definition, which runs to its end.</summary>
    public async Task<WorkflowInstance> StartAsync(CancellationToken cancellationToken)
    {
        if (runtime is null || started++ % InstancesPerEngine == 0) runtime = await RenewAsync(cancellationToken);
        var result = await runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId), cancellationToken);
        return result.Instance;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (provider is not null) await provider.DisposeAsync();
    }

    private async Task<IWorkflowRuntime> RenewAsync(CancellationToken cancellationToken)
    {
        if (provider is not null) await provider.DisposeAsync();
        provider = new ServiceCollection().AddWorkflowEngine().BuildServiceProvider();
        await provider.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition, cancellationToken);
        return provider.GetRequiredService<IWorkflowRuntime>();
    }
}
