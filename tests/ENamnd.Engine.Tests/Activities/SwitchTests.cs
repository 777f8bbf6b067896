using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class SwitchTests
{
    [Fact]
    public async Task Should_RunOnlyFirstMatchingCase_When_ModeIsMatchFirst()
    {
        var instance = await RunAsync(number: 4, SwitchMode.MatchFirst);

        InstanceAssert.Finished(instance);
        Assert.Equal(["liten", "efter"], instance.Messages());
    }

    [Fact]
    public async Task Should_RunEveryMatchingCase_When_ModeIsMatchAny()
    {
        var instance = await RunAsync(number: 4, SwitchMode.MatchAny);

        InstanceAssert.Finished(instance);
        Assert.Equal(["jämn", "liten"], instance.Messages().Take(2).Order());
        Assert.Equal("efter", instance.Messages()[^1]);
    }

    [Theory]
    [InlineData(SwitchMode.MatchFirst)]
    [InlineData(SwitchMode.MatchAny)]
    public async Task Should_RunDefault_When_NoCaseMatches(SwitchMode mode)
    {
        var instance = await RunAsync(number: 15, mode);

        InstanceAssert.Finished(instance);
        Assert.Equal(["inget fall", "efter"], instance.Messages());
    }

    [Fact]
    public async Task Should_CompleteAtOnce_When_NothingMatchesAndThereIsNoDefault()
    {
        var harness = new EngineHarness();
        var @switch = new Switch { Id = "switch", Cases = [new SwitchBranch("Aldrig", Expression.JavaScript("false"), new WriteLine("aldrig"))] };

        var instance = await harness.RunAsync(new WorkflowBuilder("vaxla-tom", "Växla utan träff").Build(new Sequence(@switch, new WriteLine("efter"))));

        InstanceAssert.Finished(instance);
        Assert.Equal(["efter"], instance.Messages());
        Assert.Contains("switch", instance.CompletedIds());
    }

    [Fact]
    public async Task Should_CompleteAfterEveryScheduledCase_When_CasesWait()
    {
        var harness = new EngineHarness();
        var @switch = new Switch
        {
            Id = "switch",
            Mode = new Input<SwitchMode>(SwitchMode.MatchAny),
            Cases =
            [
                new SwitchBranch("A", Expression.Literal(true), new Event("a")),
                new SwitchBranch("B", Expression.Literal(true), new Event("b")),
            ],
        };
        var instance = await harness.RunAsync(new WorkflowBuilder("vaxla-vantar", "Växla som väntar").Build(new Sequence(@switch, new WriteLine("efter"))));
        Assert.Equal(["a", "b"], await harness.WaitingEventsAsync(instance.Id));

        instance = await harness.ResumeEventAsync(instance.Id, "b");
        InstanceAssert.Suspended(instance);
        Assert.DoesNotContain("switch", instance.CompletedIds());
        instance = await harness.ResumeEventAsync(instance.Id, "a");

        InstanceAssert.Finished(instance);
        Assert.Equal(["efter"], instance.Messages());
    }

    private static async Task<WorkflowInstance> RunAsync(int number, SwitchMode mode)
    {
        var harness = new EngineHarness();
        var @switch = new Switch
        {
            Mode = new Input<SwitchMode>(mode),
            Cases =
            [
                new SwitchBranch("Liten", Expression.JavaScript("variables.Number < 10"), new WriteLine("liten")),
                new SwitchBranch("Jämn", Expression.JavaScript("variables.Number % 2 == 0"), new WriteLine("jämn")),
            ],
            Default = new WriteLine("inget fall"),
        };
        var definition = new WorkflowBuilder("vaxla", "Växla").WithVariable("Number", number).Build(new Sequence(@switch, new WriteLine("efter")));
        return await harness.RunAsync(definition);
    }
}
