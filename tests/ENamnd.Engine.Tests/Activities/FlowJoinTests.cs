using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FlowJoinTests
{
    [Fact]
    public async Task Should_WaitForDelayedBranch_When_JoinWaitsForAll()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var fast = new WriteLine("snabb");
        var delay = new Delay(TimeSpan.FromHours(1));
        var join = new FlowJoin { Id = "join" };
        var flow = new Flowchart()
            .Connect(start, fast).Connect(start, delay)
            .Connect(fast, join).Connect(delay, join)
            .Connect(join, new WriteLine("sammanfogad"));

        var instance = await harness.RunAsync(new WorkflowBuilder("join-alla", "Join alla").Build(flow));

        InstanceAssert.Suspended(instance);
        Assert.Equal(["snabb"], instance.Messages());
        Assert.DoesNotContain("join", instance.IdsOf(JournalEventType.Started));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromMinutes(59)));
        Assert.Equal(["snabb"], (await harness.ReloadAsync(instance.Id)).Messages());

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromMinutes(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["snabb", "sammanfogad"], instance.Messages());
        Assert.Equal(1, instance.CompletionsOf("join"));
    }

    [Fact]
    public async Task Should_RunJoinOnce_When_BothBranchesArriveInSameStep()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var left = new WriteLine("vänster");
        var right = new WriteLine("höger");
        var join = new FlowJoin { Id = "join" };
        var flow = new Flowchart()
            .Connect(start, left).Connect(start, right)
            .Connect(left, join).Connect(right, join)
            .Connect(join, new WriteLine("sammanfogad"));

        var instance = await harness.RunAsync(new WorkflowBuilder("join-samtidigt", "Join samtidigt").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(1, instance.CompletionsOf("join"));
        Assert.Equal(["vänster", "höger", "sammanfogad"], instance.Messages());
    }

    [Fact]
    public async Task Should_NotWaitForBranch_When_DecisionDidNotActivateIt()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var decision = new FlowDecision { Condition = new Input<bool>(true) };
        var join = new FlowJoin { Id = "join" };
        var yes = new WriteLine("ja");
        var no = new WriteLine("nej");
        var flow = new Flowchart()
            .Connect(start, decision)
            .Connect(decision, yes, "True").Connect(decision, no, "False")
            .Connect(yes, join).Connect(no, join)
            .Connect(join, new WriteLine("sammanfogad"));

        var instance = await harness.RunAsync(new WorkflowBuilder("join-ej-aktiverad", "Join med oaktiverad gren").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["ja", "sammanfogad"], instance.Messages());
        Assert.Equal(1, instance.CompletionsOf("join"));
    }

    [Fact]
    public async Task Should_ContinueOnFirstArrivalAndCancelOtherBranch_When_JoinWaitsForAny()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var soon = new Delay(TimeSpan.FromHours(1)) { Id = "soon" };
        var later = new Delay(TimeSpan.FromHours(2)) { Id = "later" };
        var join = new FlowJoin { Id = "join", Mode = new Input<JoinMode>(JoinMode.WaitAny) };
        var flow = new Flowchart()
            .Connect(start, soon).Connect(start, later)
            .Connect(soon, join).Connect(later, join)
            .Connect(join, new WriteLine("först fram"));
        var instance = await harness.RunAsync(new WorkflowBuilder("join-nagon", "Join någon").Build(flow));
        Assert.Equal(2, (await harness.BookmarksOfAsync(instance.Id)).Count);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["först fram"], instance.Messages());
        Assert.Contains("later", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromHours(2)));
        Assert.Equal(1, (await harness.ReloadAsync(instance.Id)).CompletionsOf("join"));
    }

    [Fact]
    public async Task Should_RunJoinOnce_When_WaitAnyBranchesArriveInSameStep()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var left = new WriteLine("vänster");
        var right = new WriteLine("höger");
        var join = new FlowJoin { Id = "join", Mode = new Input<JoinMode>(JoinMode.WaitAny) };
        var flow = new Flowchart()
            .Connect(start, left).Connect(start, right)
            .Connect(left, join).Connect(right, join)
            .Connect(join, new WriteLine("först fram"));

        var instance = await harness.RunAsync(new WorkflowBuilder("join-nagon-samtidigt", "Join någon samtidigt").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(1, instance.CompletionsOf("join"));
        Assert.Single(instance.Messages(), "först fram");
    }

    [Fact]
    public async Task Should_FireJoinOncePerIteration_When_LoopPassesThroughJoin()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var increment = new SetVariable("Counter", new Input<object>(Expression.JavaScript("variables.Counter + 1"))) { Id = "increment" };
        var audit = new WriteLine("parallell gren") { Id = "audit" };
        var join = new FlowJoin { Id = "join" };
        var check = new FlowDecision { Id = "check", Condition = new Input<bool>(Expression.JavaScript("variables.Counter < 3")) };
        var flow = new Flowchart()
            .Connect(start, increment).Connect(start, audit)
            .Connect(increment, join).Connect(audit, join)
            .Connect(join, check)
            .Connect(check, increment, "True")
            .Connect(check, new WriteLine("klar"), "False");

        var instance = await harness.RunAsync(new WorkflowBuilder("loop-join", "Loop genom join").WithVariable("Counter", 0).Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(3, (int)instance.Variables["Counter"]!);
        Assert.Equal(3, instance.CompletionsOf("increment"));
        Assert.Equal(3, instance.CompletionsOf("join"));
        Assert.Equal(1, instance.CompletionsOf("audit"));
        Assert.Equal(["parallell gren", "klar"], instance.Messages());
    }

    [Fact]
    public async Task Should_WaitForDelayedBranchEachIteration_When_LoopWaitsInsideJoinedBranch()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var wait = new Delay(TimeSpan.FromHours(1)) { Id = "wait" };
        var increment = new SetVariable("Counter", new Input<object>(Expression.JavaScript("variables.Counter + 1"))) { Id = "increment" };
        var audit = new WriteLine("parallell gren") { Id = "audit" };
        var join = new FlowJoin { Id = "join" };
        var check = new FlowDecision { Id = "check", Condition = new Input<bool>(Expression.JavaScript("variables.Counter < 2")) };
        var flow = new Flowchart()
            .Connect(start, wait).Connect(start, audit)
            .Connect(wait, increment).Connect(increment, join).Connect(audit, join)
            .Connect(join, check)
            .Connect(check, wait, "True")
            .Connect(check, new WriteLine("klar"), "False");
        var instance = await harness.RunAsync(new WorkflowBuilder("loop-join-vantar", "Loop som väntar").WithVariable("Counter", 0).Build(flow));
        InstanceAssert.Suspended(instance);
        Assert.Equal(0, instance.CompletionsOf("join"));

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Suspended(instance);
        Assert.Equal(1, instance.CompletionsOf("join"));

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(2, (int)instance.Variables["Counter"]!);
        Assert.Equal(2, instance.CompletionsOf("join"));
        Assert.Equal(["parallell gren", "klar"], instance.Messages());
    }
}
