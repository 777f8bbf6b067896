using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Timer = ENamnd.Engine.Activities.Timer;

namespace ENamnd.Engine.Tests.Activities;

public class TimerTests
{
    [Fact]
    public async Task Should_ResumeAfterInterval_When_ClockPassesIt()
    {
        var harness = new EngineHarness();
        var timer = new Timer { Interval = new Input<TimeSpan>(TimeSpan.FromDays(7)) };
        var instance = await harness.RunAsync(new WorkflowBuilder("timer", "Timer").Build(new Sequence(timer, new WriteLine("en vecka senare"))));
        Assert.Equal(EngineHarness.Epoch.AddDays(7), Assert.Single(await harness.BookmarksOfAsync(instance.Id)).DueAt);

        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(6)));
        Assert.Empty((await harness.ReloadAsync(instance.Id)).Messages());
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromDays(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["en vecka senare"], instance.Messages());
    }

    [Fact]
    public async Task Should_Fault_When_IntervalIsNotPositive()
    {
        var harness = new EngineHarness();
        var timer = new Timer { Interval = new Input<TimeSpan>(TimeSpan.Zero) };

        var instance = await harness.RunAsync(new WorkflowBuilder("timer-noll", "Timer noll").Build(timer));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("intervall", Assert.Single(instance.Incidents).Message);
    }
}
