using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FinishTests
{
    [Fact]
    public async Task Should_EndWholeWorkflowAndRemoveBookmarks_When_ParallelBranchStillWaits()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var waiting = new Delay(TimeSpan.FromDays(10)) { Id = "waiting" };
        var soon = new Delay(TimeSpan.FromHours(1));
        var flow = new Flowchart()
            .Connect(start, waiting).Connect(waiting, new WriteLine("för sent"))
            .Connect(start, soon).Connect(soon, new Finish());
        var definition = new WorkflowBuilder("avsluta", "Avsluta").Build(new Sequence(flow, new WriteLine("efter flödet")));
        var instance = await harness.RunAsync(definition);
        Assert.Equal(2, (await harness.BookmarksOfAsync(instance.Id)).Count);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        Assert.Empty(instance.Bookmarks);
        Assert.Contains("waiting", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Empty(instance.Messages());
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(10)));
    }
}
