using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class IfTests
{
    [Theory]
    [InlineData(5, "stort")]
    [InlineData(1, "litet")]
    public async Task Should_RunOnlyMatchingBranch_When_ConditionIsEvaluated(int amount, string expected)
    {
        var harness = new EngineHarness();
        var @if = new If(new Input<bool>(Expression.JavaScript("variables.Amount > 3")))
        {
            Id = "if",
            Then = new WriteLine("stort"),
            Else = new WriteLine("litet"),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("om", "Om").WithVariable("Amount", amount).Build(new Sequence(@if, new WriteLine("efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal([expected, "efter"], instance.Messages());
        Assert.Equal(amount > 3, (bool)instance.ActivityOutputs["if"]!["Result"]!);
    }

    [Fact]
    public async Task Should_CompleteOnlyAfterBranch_When_BranchWaits()
    {
        var harness = new EngineHarness();
        var @if = new If(true) { Id = "if", Then = new Sequence(new Event("klar"), new WriteLine("gren klar")) };
        var flow = new Flowchart().Connect(new Start(), @if).Connect(@if, new WriteLine("efter om"));

        var instance = await harness.RunAsync(new WorkflowBuilder("om-vantar", "Om som väntar").Build(flow));
        InstanceAssert.Suspended(instance);
        Assert.DoesNotContain("if", instance.CompletedIds());

        instance = await harness.ResumeEventAsync(instance.Id, "klar");

        InstanceAssert.Finished(instance);
        Assert.Equal(["gren klar", "efter om"], instance.Messages());
    }

    [Fact]
    public async Task Should_CompleteAtOnce_When_ChosenBranchIsEmpty()
    {
        var harness = new EngineHarness();
        var @if = new If(false) { Id = "if", Then = new WriteLine("aldrig") };

        var instance = await harness.RunAsync(new WorkflowBuilder("om-tom", "Om utan annars").Build(new Sequence(@if, new WriteLine("efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["efter"], instance.Messages());
        Assert.False((bool)instance.ActivityOutputs["if"]!["Result"]!);
    }
}
