using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class StartAtTests
{
    [Fact]
    public async Task Should_WaitUntilMoment_When_MomentIsInFuture()
    {
        var harness = new EngineHarness();
        var moment = EngineHarness.Epoch.AddDays(1).AddHours(5);
        var startAt = new StartAt { DateTime = new Input<DateTimeOffset>(moment) };
        var instance = await harness.RunAsync(new WorkflowBuilder("vid-tidpunkt", "Vid tidpunkt").Build(new Sequence(startAt, new WriteLine("nu"))));
        InstanceAssert.Suspended(instance);
        Assert.Equal(moment, Assert.Single(await harness.BookmarksOfAsync(instance.Id)).DueAt);

        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(1)));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(5)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["nu"], instance.Messages());
    }

    [Fact]
    public async Task Should_ContinueImmediately_When_MomentHasPassed()
    {
        var harness = new EngineHarness();
        var startAt = new StartAt { DateTime = new Input<DateTimeOffset>(EngineHarness.Epoch.AddHours(-1)) };

        var instance = await harness.RunAsync(new WorkflowBuilder("passerad", "Passerad tidpunkt").Build(new Sequence(startAt, new WriteLine("direkt"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["direkt"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }
}
