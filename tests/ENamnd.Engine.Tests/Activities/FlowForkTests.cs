using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FlowForkTests
{
    [Fact]
    public async Task Should_RunEveryNamedBranch_When_ForkCompletes()
    {
        var harness = new EngineHarness();
        var fork = new FlowFork { Id = "fork", Branches = new Input<List<string>?>(Expression.Object("""["Ett","Två","Tre"]""")) };
        var flow = new Flowchart().Connect(new Start(), fork)
            .Connect(fork, new WriteLine("ett"), "Ett")
            .Connect(fork, new WriteLine("två"), "Två")
            .Connect(fork, new WriteLine("ingen gren"), "Fyra");

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-grenar", "Grenar").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["ett", "två"], instance.Messages());
        Assert.Equal(["Ett", "Två", "Tre"], instance.Journal.Single(e => e.ActivityId == "fork" && e.EventType == JournalEventType.Completed).Outcomes!);
    }

    [Fact]
    public async Task Should_CompleteThroughDone_When_NoBranchIsNamed()
    {
        var harness = new EngineHarness();
        var fork = new FlowFork { Id = "fork" };
        var flow = new Flowchart().Connect(new Start(), fork).Connect(fork, new WriteLine("klar"));

        var instance = await harness.RunAsync(new WorkflowBuilder("gaffel-tom", "Tom").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["klar"], instance.Messages());
    }
}
