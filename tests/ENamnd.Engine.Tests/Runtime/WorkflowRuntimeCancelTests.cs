using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Runtime;

public class WorkflowRuntimeCancelTests
{
    [Fact]
    public async Task Should_CancelAndRemoveBookmarks_When_InstanceIsSuspended()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var flow = new Flowchart()
            .Connect(start, new Delay(TimeSpan.FromHours(1)) { Id = "first" })
            .Connect(start, new Delay(TimeSpan.FromHours(2)) { Id = "second" });
        var instance = await harness.RunAsync(new WorkflowBuilder("avbryt", "Avbryt").Build(flow));
        Assert.Equal(2, (await harness.BookmarksOfAsync(instance.Id)).Count);

        var cancelled = await harness.Runtime.CancelAsync(instance.Id);

        Assert.NotNull(cancelled);
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, cancelled);
        var stored = await harness.ReloadAsync(instance.Id);
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, stored);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Empty(stored.Bookmarks);
        Assert.Empty(stored.ActivityContexts);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        Assert.Contains("first", stored.IdsOf(JournalEventType.Cancelled));
        Assert.Contains("second", stored.IdsOf(JournalEventType.Cancelled));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromHours(3)));
    }

    [Fact]
    public async Task Should_ReturnInstanceUnchanged_When_CancelledAgain()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(new WorkflowBuilder("avbryt-igen", "Avbryt igen").Build(new Delay(TimeSpan.FromHours(1))));
        await harness.Runtime.CancelAsync(instance.Id);
        var before = WorkflowStateSerializer.Serialize(await harness.ReloadAsync(instance.Id));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        var again = await harness.Runtime.CancelAsync(instance.Id);

        Assert.NotNull(again);
        Assert.Equal(before, WorkflowStateSerializer.Serialize(again));
        Assert.Equal(before, WorkflowStateSerializer.Serialize(await harness.ReloadAsync(instance.Id)));
    }

    [Fact]
    public async Task Should_LeaveFinishedInstanceAlone_When_CancelledAfterFinishing()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(new WorkflowBuilder("redan-klar", "Redan klar").Build(new WriteLine("klar")));

        var result = await harness.Runtime.CancelAsync(instance.Id);

        Assert.NotNull(result);
        InstanceAssert.Finished(result);
    }

    [Fact]
    public async Task Should_ReturnNull_When_InstanceDoesNotExist()
    {
        var harness = new EngineHarness();

        Assert.Null(await harness.Runtime.CancelAsync("finns-inte"));
    }
}
