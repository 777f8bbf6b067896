using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Runtime;

public class WorkflowRuntimeResumeTests
{
    [Fact]
    public async Task Should_ReturnAlreadyHandledAndChangeNothing_When_BookmarkResumedTwice()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(TwoWaits());
        var first = Assert.Single(await harness.BookmarksOfAsync(instance.Id));
        var resumed = await harness.Runtime.ResumeAsync(first.Id);
        Assert.Equal(ResumeOutcome.Resumed, resumed.Outcome);
        var before = WorkflowStateSerializer.Serialize(await harness.ReloadAsync(instance.Id));
        var bookmarksBefore = (await harness.BookmarksOfAsync(instance.Id)).Select(b => b.Id).ToList();
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await harness.Runtime.ResumeAsync(first.Id);

        Assert.Equal(ResumeOutcome.AlreadyHandled, again.Outcome);
        Assert.Null(again.Instance);
        Assert.Equal(before, WorkflowStateSerializer.Serialize(await harness.ReloadAsync(instance.Id)));
        Assert.Equal(bookmarksBefore, (await harness.BookmarksOfAsync(instance.Id)).Select(b => b.Id).ToList());
        Assert.Equal(["ett"], (await harness.ReloadAsync(instance.Id)).Messages());
    }

    [Fact]
    public async Task Should_ReturnAlreadyHandled_When_BookmarkIsUnknown()
    {
        var harness = new EngineHarness();

        var result = await harness.Runtime.ResumeAsync("finns-inte");

        Assert.Equal(ResumeOutcome.AlreadyHandled, result.Outcome);
    }

    [Fact]
    public async Task Should_ResumeOnce_When_SameBookmarkResumedConcurrently()
    {
        var gate = new GatedInstanceLock();
        var harness = new EngineHarness(s => s.AddSingleton<IInstanceLock>(gate));
        var instance = await harness.RunAsync(TwoWaits());
        var bookmark = Assert.Single(await harness.BookmarksOfAsync(instance.Id));
        gate.HoldUntil(2);

        var results = await Task.WhenAll(
            Task.Run(() => harness.Runtime.ResumeAsync(bookmark.Id)),
            Task.Run(() => harness.Runtime.ResumeAsync(bookmark.Id)));

        Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
        Assert.Single(results, r => r.Outcome == ResumeOutcome.AlreadyHandled);
        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(["ett"], instance.Messages());
        Assert.Single(instance.Journal, e => e.EventType == JournalEventType.Resumed);
        InstanceAssert.Suspended(instance);
    }

    [Fact]
    public async Task Should_ReturnExistingInstance_When_StartedTwiceWithSameInstanceId()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(TwoWaits());
        var request = new StartWorkflowRequest("tva-vantan") { InstanceId = "fast-id" };

        var first = await harness.Runtime.StartAsync(request);
        var second = await harness.Runtime.StartAsync(request);

        Assert.False(first.AlreadyStarted);
        Assert.True(second.AlreadyStarted);
        Assert.Equal("fast-id", second.Instance.Id);
        Assert.Single(await harness.InstancesOfAsync("tva-vantan"));
        Assert.Single(await harness.BookmarksOfAsync("fast-id"));
    }

    [Fact]
    public async Task Should_CommitTheCallersRecordsWithTheFirstStepOnce_When_StartedTwiceWithRecords()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(TwoWaits());
        var record = new StepRecord("case.opened", new JsonObject { ["caseNumber"] = "2022/1" });
        var request = new StartWorkflowRequest("tva-vantan") { InstanceId = "med-post", Records = [record] };

        await harness.Runtime.StartAsync(request);
        await harness.Runtime.StartAsync(request);

        var committed = harness.Services.GetRequiredService<InMemoryWorkflowStateStore>().Records;
        Assert.Equal("2022/1", (string?)Assert.Single(committed, r => r.Kind == "case.opened").Payload["caseNumber"]);
    }

    [Fact]
    public async Task Should_ThrowNotFound_When_DefinitionIsNotPublished()
    {
        var harness = new EngineHarness();
        var draft = TwoWaits();
        draft.IsPublished = false;
        await harness.DeployAsync(draft);

        var error = await Assert.ThrowsAsync<WorkflowNotFoundException>(() => harness.Runtime.StartAsync(new StartWorkflowRequest("tva-vantan")));

        Assert.Equal("tva-vantan", error.DefinitionId);
    }

    private static WorkflowDefinition TwoWaits() =>
        new WorkflowBuilder("tva-vantan", "Två väntan").Build(new Sequence(
            new Delay(TimeSpan.FromHours(1)),
            new WriteLine("ett"),
            new Delay(TimeSpan.FromHours(1)),
            new WriteLine("två")));
}
