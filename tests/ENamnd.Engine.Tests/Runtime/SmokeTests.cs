using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ENamnd.Engine.Tests.Runtime;

public class SmokeTests
{
    [Fact]
    public async Task Should_RunFlowchart_When_Started()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddWorkflowEngine().BuildServiceProvider();
        var start = new Start();
        var decision = new Decision { Condition = new Input<bool>(Expression.JavaScript("variables.Count > 1")) };
        var yes = new SetVariable("Result", new Input<object>(Expression.Liquid("ja {{ Variables.Count }}")));
        var delay = new Delay(TimeSpan.FromHours(1));
        var no = new SetVariable("Result", "nej");
        var flow = new Flowchart().Connect(start, decision).Connect(decision, delay, "True").Connect(delay, yes).Connect(decision, no, "False");
        var definition = new WorkflowBuilder("smoke", "Smoke").WithVariable("Count", 2).WithVariable<string>("Result").Build(flow);
        await services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);
        var json = services.GetRequiredService<WorkflowDefinitionSerializer>().ToJson(definition);
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        var result = await runtime.StartAsync(new StartWorkflowRequest("smoke"));
        Assert.True(result.Instance.SubStatus == WorkflowSubStatus.Suspended, string.Join("\n", result.Instance.Journal.Select(j => $"{j.NodeId} {j.EventType} {j.Message}")) + json);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await runtime.ResumeDueBookmarksAsync());
        var after = await services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(result.Instance.Id);
        Assert.True(after!.SubStatus == WorkflowSubStatus.Finished, string.Join("\n", after.Incidents.Select(i => i.Message)));
        Assert.Equal("ja 2", (string?)after.Variables["Result"]);
    }
}
