using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class FlowchartTests
{
    [Fact]
    public async Task Should_FollowConnections_When_ActivitiesAreListedInAnotherOrder()
    {
        var harness = new EngineHarness();
        var start = new Start { Id = "start" };
        var a = new WriteLine("a") { Id = "a" };
        var b = new WriteLine("b") { Id = "b" };
        var c = new WriteLine("c") { Id = "c" };
        var flow = new Flowchart().Add(c).Add(b).Add(a).Connect(start, a).Connect(a, b).Connect(b, c);

        var instance = await harness.RunAsync(new WorkflowBuilder("ordning", "Ordning").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["a", "b", "c"], instance.Messages());
        Assert.Equal(["start", "a", "b", "c", "Root"], instance.CompletedIds());
    }

    [Fact]
    public async Task Should_RunBothBranches_When_OneOutcomeHasTwoConnections()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var flow = new Flowchart()
            .Connect(start, new WriteLine("vänster") { Id = "left" })
            .Connect(start, new WriteLine("höger") { Id = "right" });

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel", "Gaffel").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["höger", "vänster"], instance.Messages().Order());
        Assert.Contains("left", instance.CompletedIds());
        Assert.Contains("right", instance.CompletedIds());
    }

    [Fact]
    public async Task Should_LoopUntilConditionFails_When_DecisionConnectsBack()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var increment = new SetVariable("Counter", new Input<object>(Expression.JavaScript("variables.Counter + 1"))) { Id = "increment" };
        var check = new FlowDecision { Id = "check", Condition = new Input<bool>(Expression.JavaScript("variables.Counter < 3")) };
        var done = new WriteLine(new Input<string>(Expression.Liquid("klar efter {{ Variables.Counter }}")));
        var flow = new Flowchart()
            .Connect(start, increment)
            .Connect(increment, check)
            .Connect(check, increment, "True")
            .Connect(check, done, "False");

        var instance = await harness.RunAsync(new WorkflowBuilder("loop", "Loop").WithVariable("Counter", 0).Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(3, (int)instance.Variables["Counter"]!);
        Assert.Equal(3, instance.CompletionsOf("increment"));
        Assert.Equal(3, instance.CompletionsOf("check"));
        Assert.Equal(["klar efter 3"], instance.Messages());
    }

    [Fact]
    public async Task Should_CompleteFlowchart_When_NoActivityIsLeft()
    {
        var harness = new EngineHarness();
        var flow = new Flowchart().Connect(new Start(), new WriteLine("enda"));
        var sequence = new Sequence(flow, new WriteLine("efter flödet"));

        var instance = await harness.RunAsync(new WorkflowBuilder("inbaddad", "Inbäddad").Build(sequence));

        InstanceAssert.Finished(instance);
        Assert.Equal(["enda", "efter flödet"], instance.Messages());
    }
}
