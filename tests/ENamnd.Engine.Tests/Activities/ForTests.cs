using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class ForTests
{
    private static WriteLine WriteCurrentValue() => new(new Input<string>(Expression.JavaScript("'' + variables.CurrentValue")));

    [Theory]
    [InlineData(0, 3, 1, true, "0 1 2 3")]
    [InlineData(0, 3, 1, false, "0 1 2")]
    [InlineData(10, 4, -3, true, "10 7 4")]
    [InlineData(10, 4, -3, false, "10 7")]
    [InlineData(5, 1, 1, true, "")]
    public async Task Should_RunBodyForEveryNumber_When_CountingBetweenBounds(int start, int end, int step, bool inclusive, string expected)
    {
        var harness = new EngineHarness();
        var loop = new For(start, end, step) { OuterBoundInclusive = inclusive, Body = WriteCurrentValue() };

        var instance = await harness.RunAsync(new WorkflowBuilder("for", "För").Build(loop));

        InstanceAssert.Finished(instance);
        Assert.Equal(expected, string.Join(" ", instance.Messages()));
    }

    [Fact]
    public async Task Should_WriteEveryNumberToBoundVariable_When_CurrentValueIsBound()
    {
        var harness = new EngineHarness();
        var loop = new For(1, 3) { CurrentValue = Output<object?>.To("Senaste"), Body = new WriteLine(new Input<string>(Expression.JavaScript("'' + variables.Senaste"))) };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-variabel", "För med variabel").WithVariable<int?>("Senaste").Build(loop));

        InstanceAssert.Finished(instance);
        Assert.Equal(["1", "2", "3"], instance.Messages());
        Assert.Equal(3, (int)instance.Variables["Senaste"]!);
    }

    [Fact]
    public async Task Should_StopBeforeRestOfBody_When_BodyBreaks()
    {
        var harness = new EngineHarness();
        var loop = new For(0, 3)
        {
            Body = new Sequence(
                new If(new Input<bool>(Expression.JavaScript("variables.CurrentValue == 2"))) { Then = new Break() },
                WriteCurrentValue()),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-bryt", "För med brytning").Build(new Sequence(new WriteLine("Start"), loop, new WriteLine("End"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "0", "1", "End"], instance.Messages());
    }

    [Fact]
    public async Task Should_ContinueCounting_When_BodyWaitsBetweenSteps()
    {
        var harness = new EngineHarness();
        var loop = new For(1, 3) { Body = new Sequence(WriteCurrentValue(), new Delay(TimeSpan.FromHours(1))) };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-vantar", "För som väntar").Build(new Sequence(loop, new WriteLine("klar"))));
        Assert.Equal(["1"], instance.Messages());

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
        InstanceAssert.Suspended(await harness.ReloadAsync(instance.Id));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["1", "2", "3", "klar"], instance.Messages());
    }
}
