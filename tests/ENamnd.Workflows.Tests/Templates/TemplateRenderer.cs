using System.Text.Json.Nodes;
using ENamnd.Engine;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Workflows.Tests.Templates;

/// <summary>Renders a Liquid template the way an activity input is evaluated: in a running instance with the given input and variables.</summary>
internal sealed class TemplateRenderer
{
    private readonly IServiceProvider services = new ServiceCollection()
        .AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)))
        .AddWorkflowEngine()
        .BuildServiceProvider();

    /// <summary>The rendered text; throws with the incident when the template faults.</summary>
    public async Task<string> RenderAsync(string template, JsonObject input, JsonObject variables)
    {
        var builder = new WorkflowBuilder($"mall-{Guid.NewGuid():N}", "Mall");
        foreach (var (name, value) in variables) builder.WithVariable(name, value?.DeepClone());
        var definition = builder.Build(new WriteLine(new Input<string>(Expression.Liquid(template))));
        await services.GetRequiredService<ENamnd.Engine.Stores.IWorkflowDefinitionStore>().SaveAsync(definition);
        var result = await services.GetRequiredService<IWorkflowRuntime>()
            .StartAsync(new StartWorkflowRequest(definition.DefinitionId) { Input = (JsonObject)input.DeepClone(), CorrelationId = "2026/17" });
        var instance = result.Instance;
        if (instance.SubStatus != WorkflowSubStatus.Finished)
            throw new InvalidOperationException($"Mallen kunde inte renderas: {string.Join(" | ", instance.Incidents.Select(i => i.Message))}");
        var journal = await services.GetRequiredService<ENamnd.Engine.Stores.IWorkflowInstanceStore>().JournalAsync(instance.Id);
        return journal.Single(e => e.EventType == JournalEventType.Log).Message ?? "";
    }
}
