using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class DelayTests
{
    [Fact]
    public async Task Should_ResumeOnlyWhenDue_When_ClockAdvances()
    {
        var harness = new EngineHarness();
        var sequence = new Sequence(new Delay(TimeSpan.FromDays(2)), new WriteLine("två dygn senare"));
        var instance = await harness.RunAsync(new WorkflowBuilder("fordrojning", "Fördröjning").Build(sequence));
        InstanceAssert.Suspended(instance);
        var bookmark = Assert.Single(await harness.BookmarksOfAsync(instance.Id));
        Assert.Equal(EngineHarness.Epoch.AddDays(2), bookmark.DueAt);
        Assert.Equal("Elsa.Delay", bookmark.Name.Value);

        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1)));
        InstanceAssert.Suspended(await harness.ReloadAsync(instance.Id));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromSeconds(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["två dygn senare"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_ContinueAtOnce_When_DelayIsZero()
    {
        var harness = new EngineHarness();
        var sequence = new Sequence(new Delay(TimeSpan.Zero), new WriteLine("direkt"));

        var instance = await harness.RunAsync(new WorkflowBuilder("noll", "Noll").Build(sequence));

        InstanceAssert.Finished(instance);
        Assert.Equal(["direkt"], instance.Messages());
    }

    [Fact]
    public async Task Should_ReadDurationFromExpression_When_DelayIsScripted()
    {
        var harness = new EngineHarness();
        var delay = new Delay(new Input<TimeSpan>(Expression.Liquid("{{ Variables.Days }}.00:00:00")));
        var definition = new WorkflowBuilder("skriptad", "Skriptad").WithVariable("Days", 3).Build(new Sequence(delay, new WriteLine("klar")));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(EngineHarness.Epoch.AddDays(3), Assert.Single(await harness.BookmarksOfAsync(instance.Id)).DueAt);
    }
}
