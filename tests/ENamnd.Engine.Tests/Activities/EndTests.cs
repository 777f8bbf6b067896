using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class EndTests
{
    [Fact]
    public async Task Should_EndOnlyItsFlowchart_When_ParallelBranchStillWaits()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var waiting = new Delay(TimeSpan.FromDays(10)) { Id = "waiting" };
        var soon = new Delay(TimeSpan.FromHours(1));
        var inner = new Flowchart { Id = "inner" }
            .Connect(start, waiting).Connect(waiting, new WriteLine("för sent"))
            .Connect(start, soon).Connect(soon, new End());
        var definition = new WorkflowBuilder("slut", "Slut").Build(new Sequence(inner, new WriteLine("efter flödet")));
        var instance = await harness.RunAsync(definition);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["efter flödet"], instance.Messages());
        Assert.Contains("waiting", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Contains("inner", instance.CompletedIds());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_FinishWorkflow_When_EndIsInRootFlowchart()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var flow = new Flowchart()
            .Connect(start, new Delay(TimeSpan.FromDays(1)))
            .Connect(start, new End());

        var instance = await harness.RunAsync(new WorkflowBuilder("slut-rot", "Slut i roten").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }
}
