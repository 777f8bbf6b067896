using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.CSharp.Tests;

/// <summary>The engine with the C# syntax (on unless told otherwise), in memory on a manual clock.</summary>
public sealed class CSharpHarness
{
    /// <summary>Builds the engine; <paramref name="enabled"/> is the C# setting.</summary>
    public CSharpHarness(bool enabled = true)
    {
        Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)))
            .AddWorkflowEngine()
            .AddCSharpExpressions(new CSharpOptions { Enabled = enabled })
            .BuildServiceProvider();
    }

    public IServiceProvider Services { get; }

    public CSharpEvaluator Evaluator => Services.GetRequiredService<CSharpEvaluator>();

    public WorkflowValidator Validator => Services.GetRequiredService<WorkflowValidator>();

    /// <summary>Deploys and starts a definition; the instance as stored afterwards.</summary>
    public async Task<WorkflowInstance> RunAsync(WorkflowDefinition definition, JsonObject? input = null)
    {
        await Services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);
        var result = await Services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest(definition.DefinitionId) { Input = input });
        var instances = Services.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await instances.FindAsync(result.Instance.Id) ?? throw new InvalidOperationException("The instance was not stored.");
        // The state holds no journal: the tests read the lines the store keeps.
        instance.Journal.AddRange(await instances.JournalAsync(instance.Id));
        return instance;
    }

    /// <summary>Runs one activity as a whole workflow with the given variables.</summary>
    public Task<WorkflowInstance> RunAsync(Activity root, Action<WorkflowBuilder>? declare = null, JsonObject? input = null)
    {
        var builder = new WorkflowBuilder("csharp-" + Guid.NewGuid().ToString("N")[..8], "C#");
        declare?.Invoke(builder);
        return RunAsync(builder.Build(root), input);
    }
}
