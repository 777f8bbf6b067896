using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class SequenceTests
{
    [Fact]
    public async Task Should_RunActivitiesInDeclaredOrder_When_SequenceRuns()
    {
        var harness = new EngineHarness();
        var sequence = new Sequence(new WriteLine("ett") { Id = "a" }, new WriteLine("två") { Id = "b" }, new WriteLine("tre") { Id = "c" });

        var instance = await harness.RunAsync(new WorkflowBuilder("sekvens", "Sekvens").Build(sequence));

        InstanceAssert.Finished(instance);
        Assert.Equal(["ett", "två", "tre"], instance.Messages());
        Assert.Equal(["a", "b", "c", "Root"], instance.CompletedIds());
    }

    [Fact]
    public async Task Should_ContinueWithNextActivity_When_WaitingChildIsResumed()
    {
        var harness = new EngineHarness();
        var sequence = new Sequence(new WriteLine("före"), new Delay(TimeSpan.FromHours(1)), new WriteLine("efter"), new WriteLine("sist"));

        var instance = await harness.RunAsync(new WorkflowBuilder("sekvens-vantar", "Sekvens som väntar").Build(sequence));
        InstanceAssert.Suspended(instance);
        Assert.Equal(["före"], instance.Messages());

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["före", "efter", "sist"], instance.Messages());
    }
}
