using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class ParallelForEachTests
{
    private static Input<string> Text(string script) => new(Expression.JavaScript(script));

    [Fact]
    public async Task Should_RunEveryItemAtOnceAndContinueWhenAllAreDone_When_BodiesWait()
    {
        var harness = new EngineHarness();
        var loop = new ParallelForEach(new Input<object>(Expression.JavaScript("[1, 2, 3]")))
        {
            Id = "loop",
            Body = new Sequence(
                new WriteLine(Text("'start ' + variables.CurrentValue")),
                new Event(Text("'svar-' + variables.CurrentValue")),
                new WriteLine(Text("'slut ' + getVariable('CurrentValue') + ' (' + getVariable('CurrentIndex') + ')'"))),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("parallellt-varje", "Parallellt för varje").Build(new Sequence(loop, new WriteLine("efter"))));
        Assert.Equal(["start 1", "start 2", "start 3"], instance.Messages());
        Assert.Equal(["svar-1", "svar-2", "svar-3"], await harness.WaitingEventsAsync(instance.Id));

        instance = await harness.ResumeEventAsync(instance.Id, "svar-2");
        instance = await harness.ResumeEventAsync(instance.Id, "svar-3");
        InstanceAssert.Suspended(instance);
        Assert.DoesNotContain("loop", instance.CompletedIds());
        instance = await harness.ResumeEventAsync(instance.Id, "svar-1");

        InstanceAssert.Finished(instance);
        Assert.Equal(["slut 2 (1)", "slut 3 (2)", "slut 1 (0)", "efter"], instance.Messages().Skip(3));
    }

    [Fact]
    public async Task Should_CompleteAtOnce_When_ThereAreNoItems()
    {
        var harness = new EngineHarness();
        var loop = new ParallelForEach(new Input<object>(Expression.JavaScript("[]"))) { Body = new WriteLine("aldrig") };

        var instance = await harness.RunAsync(new WorkflowBuilder("parallellt-tom", "Parallellt utan värden").Build(new Sequence(loop, new WriteLine("efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["efter"], instance.Messages());
    }
}
