using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Activities;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests;

/// <summary>The engine on a manual clock with in-memory stores, with shortcuts to deploy, start and resume workflows.</summary>
public sealed class EngineHarness
{
    /// <summary>Where the manual clock starts: a Monday morning in January 2026, UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the engine with the test activities registered; <paramref name="configure"/> may replace services first.</summary>
    public EngineHarness(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        Services = services
            .AddWorkflowEngine(r => r.Register(typeof(Throw)).Register(typeof(Greet)))
            .BuildServiceProvider();
    }

    /// <summary>The manual clock every wait is measured on.</summary>
    public TestClock Clock { get; } = new(Epoch);

    public IServiceProvider Services { get; }

    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();

    public IWorkflowDefinitionStore Definitions => Services.GetRequiredService<IWorkflowDefinitionStore>();

    public IWorkflowInstanceStore Instances => Services.GetRequiredService<IWorkflowInstanceStore>();

    public IBookmarkStore Bookmarks => Services.GetRequiredService<IBookmarkStore>();

    public WorkflowDefinitionSerializer Serializer => Services.GetRequiredService<WorkflowDefinitionSerializer>();

    public WorkflowExecutor Executor => Services.GetRequiredService<WorkflowExecutor>();

    /// <summary>Saves a definition version so it can be started.</summary>
    public async Task<WorkflowDefinition> DeployAsync(WorkflowDefinition definition)
    {
        await Definitions.SaveAsync(definition);
        return definition;
    }

    /// <summary>Starts the published version and returns the instance as stored after every follow-up (child starts, parent resumes).</summary>
    public async Task<WorkflowInstance> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null)
    {
        var result = await Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input, CorrelationId = correlationId });
        return await ReloadAsync(result.Instance.Id);
    }

    /// <summary>Deploys and starts a definition.</summary>
    public async Task<WorkflowInstance> RunAsync(WorkflowDefinition definition, JsonObject? input = null, string? correlationId = null)
    {
        await DeployAsync(definition);
        return await StartAsync(definition.DefinitionId, input, correlationId);
    }

    /// <summary>Moves the clock on and resumes what is due; returns how many bookmarks were resumed.</summary>
    public async Task<int> AdvanceAsync(TimeSpan time)
    {
        Clock.Advance(time);
        return await Runtime.ResumeDueBookmarksAsync();
    }

    /// <summary>
    /// The instance as last committed, its <see cref="WorkflowInstance.Journal"/> filled with the whole journal the store
    /// keeps (the state holds none), so that the tests read what the instance did from the store.
    /// </summary>
    public async Task<WorkflowInstance> ReloadAsync(string instanceId)
    {
        var instance = await Instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");
        instance.Journal.AddRange(await Instances.JournalAsync(instanceId));
        return instance;
    }

    /// <summary>The open bookmarks the store holds for an instance.</summary>
    public Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(string instanceId) => Bookmarks.ListByInstanceAsync(instanceId);

    /// <summary>The instances of a definition, newest first.</summary>
    public Task<IReadOnlyList<WorkflowInstance>> InstancesOfAsync(string definitionId) =>
        Instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId));
}
