using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using Parallel = ENamnd.Engine.Activities.Parallel;

namespace ENamnd.Engine.Tests.Activities;

public class ParallelTests
{
    [Fact]
    public async Task Should_StartEveryActivityAndCompleteAfterLast_When_ActivitiesWait()
    {
        var harness = new EngineHarness();
        var parallel = new Parallel(
            new Sequence(new Delay(TimeSpan.FromHours(1)), new WriteLine("en timme")),
            new Sequence(new Delay(TimeSpan.FromHours(2)), new WriteLine("två timmar")),
            new WriteLine("direkt")) { Id = "parallel" };

        var instance = await harness.RunAsync(new WorkflowBuilder("parallellt", "Parallellt").Build(new Sequence(parallel, new WriteLine("efter"))));
        Assert.Equal(["direkt"], instance.Messages());
        Assert.Equal(2, (await harness.BookmarksOfAsync(instance.Id)).Count);

        await harness.AdvanceAsync(TimeSpan.FromHours(1));
        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Suspended(instance);
        Assert.DoesNotContain("parallel", instance.CompletedIds());
        await harness.AdvanceAsync(TimeSpan.FromHours(1));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["direkt", "en timme", "två timmar", "efter"], instance.Messages());
    }
}
