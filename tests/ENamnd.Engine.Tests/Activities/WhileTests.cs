using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class WhileTests
{
    private static SetVariable Increment() => new("Counter", new Input<object>(Expression.JavaScript("variables.Counter + 1")));

    [Fact]
    public async Task Should_RepeatBody_When_ConditionStaysTrue()
    {
        var harness = new EngineHarness();
        var loop = new While(new Input<bool>(Expression.JavaScript("variables.Counter < 3")), Increment());

        var instance = await harness.RunAsync(new WorkflowBuilder("sa-lange", "Så länge").WithVariable("Counter", 0).Build(new Sequence(loop, new WriteLine("klar"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(3, (int)instance.Variables["Counter"]!);
        Assert.Equal(["klar"], instance.Messages());
    }

    [Fact]
    public async Task Should_LoopUntilBreak_When_ConditionIsLiteralTrue()
    {
        var harness = new EngineHarness();
        var loop = While.True(new Sequence(
            Increment(),
            new If(new Input<bool>(Expression.JavaScript("variables.Counter == 3"))) { Then = new Break() },
            new WriteLine(new Input<string>(Expression.JavaScript("'' + variables.Counter")))));

        var instance = await harness.RunAsync(new WorkflowBuilder("sa-lange-bryt", "Så länge med brytning").WithVariable("Counter", 0).Build(new Sequence(new WriteLine("Start"), loop, new WriteLine("End"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "1", "2", "End"], instance.Messages());
    }

    [Fact]
    public async Task Should_KeepLoopingAcrossSteps_When_BodyWaitsForEvent()
    {
        var harness = new EngineHarness();
        var loop = While.True(new Sequence(
            new Event("tick"),
            Increment(),
            new If(new Input<bool>(Expression.JavaScript("variables.Counter >= 3"))) { Then = new Break() }));

        var instance = await harness.RunAsync(new WorkflowBuilder("sa-lange-vantar", "Så länge som väntar").WithVariable("Counter", 0).Build(new Sequence(loop, new WriteLine("klar"))));
        instance = await harness.ResumeEventAsync(instance.Id, "tick");
        instance = await harness.ResumeEventAsync(instance.Id, "tick");
        InstanceAssert.Suspended(instance);
        instance = await harness.ResumeEventAsync(instance.Id, "tick");

        InstanceAssert.Finished(instance);
        Assert.Equal(3, (int)instance.Variables["Counter"]!);
        Assert.Equal(["klar"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_FaultWithIncident_When_LoopNeverWaitsOrBreaks()
    {
        var harness = new EngineHarness();
        var loop = While.True(Increment());

        var instance = await harness.RunAsync(new WorkflowBuilder("oandlig", "Oändlig loop").WithVariable("Counter", 0).Build(loop));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        var incident = Assert.Single(instance.Incidents);
        Assert.Contains("oändlig loop", incident.Message);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }
}
