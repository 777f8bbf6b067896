using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class BreakTests
{
    private static SetVariable Increment() => new("Counter", new Input<object>(Expression.JavaScript("variables.Counter + 1")));

    private static FlowDecision AtLeast(int n) => new() { Condition = new Input<bool>(Expression.JavaScript($"variables.Counter >= {n}")) };

    [Fact]
    public async Task Should_EndFlowchartAndCancelItsOtherBranches_When_BreakEndsConnectionLoop()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var increment = Increment();
        var check = AtLeast(3);
        var flow = new Flowchart { Id = "flow" }
            .Connect(start, increment)
            .Connect(start, new Event("aldrig") { Id = "waiting" })
            .Connect(increment, check)
            .Connect(check, increment, "False")
            .Connect(check, new Break(), "True");

        var instance = await harness.RunAsync(new WorkflowBuilder("bryt-flode", "Bryt i flöde").WithVariable("Counter", 0).Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(3, (int)instance.Variables["Counter"]!);
        Assert.Equal(3, instance.CompletionsOf(increment.Id));
        Assert.Contains("waiting", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Contains("flow", instance.CompletedIds());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_EndEnclosingWhile_When_BreakIsInFlowchartBody()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var increment = Increment();
        var check = AtLeast(2);
        var body = new Flowchart()
            .Connect(start, increment)
            .Connect(increment, check)
            .Connect(check, new Break(), "True")
            .Connect(check, new WriteLine("varv"), "False");

        var instance = await harness.RunAsync(new WorkflowBuilder("bryt-sa-lange", "Bryt så länge").WithVariable("Counter", 0).Build(new Sequence(While.True(body), new WriteLine("efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["varv", "efter"], instance.Messages());
        Assert.Equal(2, (int)instance.Variables["Counter"]!);
    }

    // As in Elsa, a break that no loop stops reaches every sequence above it, also through a flowchart.
    [Fact]
    public async Task Should_EndEnclosingSequence_When_FlowchartBreaksWithoutLoopAround()
    {
        var harness = new EngineHarness();
        var write = new WriteLine("i flödet");
        var flow = new Flowchart().Connect(new Start(), write).Connect(write, new Break());

        var instance = await harness.RunAsync(new WorkflowBuilder("bryt-flode-sekvens", "Bryt i flöde i sekvens").Build(new Sequence(flow, new WriteLine("efter flödet"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["i flödet"], instance.Messages());
    }

    [Fact]
    public async Task Should_EndEverySequence_When_NoLoopEnclosesBreak()
    {
        var harness = new EngineHarness();
        var inner = new Sequence(new WriteLine("a"), new Break(), new WriteLine("b"));

        var instance = await harness.RunAsync(new WorkflowBuilder("bryt-utan-loop", "Bryt utan loop").Build(new Sequence(inner, new WriteLine("c"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["a"], instance.Messages());
    }
}
