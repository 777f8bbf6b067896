using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class ForkTests
{
    private static Sequence Branch(string name, params Activity[] after) =>
        new([new WriteLine(name), new Event(name), new WriteLine($"{name} - återupptagen"), .. after]);

    [Fact]
    public async Task Should_CompleteAfterEveryBranch_When_JoinModeIsWaitAll()
    {
        var harness = new EngineHarness();
        var fork = new Fork(Branch("Gren 1"), Branch("Gren 2")) { Id = "fork" };

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-alla", "Gaffel, alla").Build(new Sequence(new WriteLine("Start"), fork, new WriteLine("Slut"))));
        instance = await harness.ResumeEventAsync(instance.Id, "Gren 1");
        Assert.DoesNotContain("fork", instance.CompletedIds());
        instance = await harness.ResumeEventAsync(instance.Id, "Gren 2");

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "Gren 1", "Gren 2", "Gren 1 - återupptagen", "Gren 2 - återupptagen", "Slut"], instance.Messages());
    }

    [Fact]
    public async Task Should_CancelOtherBranches_When_JoinModeIsWaitAny()
    {
        var harness = new EngineHarness();
        var fork = new Fork(Branch("Gren 1"), Branch("Gren 2"), Branch("Gren 3")) { JoinMode = ForkJoinMode.WaitAny };

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-forsta", "Gaffel, första").Build(new Sequence(new WriteLine("Start"), fork, new WriteLine("Slut"))));
        instance = await harness.ResumeEventAsync(instance.Id, "Gren 2");

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "Gren 1", "Gren 2", "Gren 3", "Gren 2 - återupptagen", "Slut"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        Assert.Equal(2, instance.Journal.Count(e => e.EventType == JournalEventType.Cancelled && e.ActivityType == "Elsa.Event"));
    }

    [Fact]
    public async Task Should_BreakEnclosingWhile_When_BranchBreaksWhileOtherBranchWaits()
    {
        var harness = new EngineHarness();
        var fork = new Fork(Branch("Gren 1", new Break()), Branch("Gren 2"));
        var loop = While.True(new Sequence(fork));

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-bryt", "Gaffel som bryter").Build(new Sequence(new WriteLine("Start"), loop, new WriteLine("Slut"))));
        instance = await harness.ResumeEventAsync(instance.Id, "Gren 1");

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "Gren 1", "Gren 2", "Gren 1 - återupptagen", "Slut"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_CompleteAtOnce_When_ForkHasNoBranches()
    {
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-tom", "Tom gaffel").Build(new Sequence(new WriteLine("Före"), new Fork(), new WriteLine("Efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["Före", "Efter"], instance.Messages());
    }
}
