using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FlowSwitchTests
{
    [Fact]
    public async Task Should_TakeOnlyFirstMatchingCase_When_ModeIsMatchFirst()
    {
        var instance = await RunSwitchAsync(number: 4, SwitchMode.MatchFirst);

        InstanceAssert.Finished(instance);
        Assert.Equal(["liten"], instance.Messages());
    }

    [Fact]
    public async Task Should_TakeEveryMatchingCase_When_ModeIsMatchAny()
    {
        var instance = await RunSwitchAsync(number: 4, SwitchMode.MatchAny);

        InstanceAssert.Finished(instance);
        Assert.Equal(["jämn", "liten"], instance.Messages().Order());
    }

    [Theory]
    [InlineData(SwitchMode.MatchFirst)]
    [InlineData(SwitchMode.MatchAny)]
    public async Task Should_TakeDefault_When_NoCaseMatches(SwitchMode mode)
    {
        var instance = await RunSwitchAsync(number: 15, mode);

        InstanceAssert.Finished(instance);
        Assert.Equal(["inget fall"], instance.Messages());
    }

    private static async Task<WorkflowInstance> RunSwitchAsync(int number, SwitchMode mode)
    {
        var harness = new EngineHarness();
        var start = new Start();
        var flowSwitch = new FlowSwitch
        {
            Mode = new Input<SwitchMode>(mode),
            Cases =
            [
                new SwitchCase("Liten", Expression.JavaScript("variables.Number < 10")),
                new SwitchCase("Jämn", Expression.JavaScript("variables.Number % 2 == 0")),
            ],
        };
        var flow = new Flowchart()
            .Connect(start, flowSwitch)
            .Connect(flowSwitch, new WriteLine("liten"), "Liten")
            .Connect(flowSwitch, new WriteLine("jämn"), "Jämn")
            .Connect(flowSwitch, new WriteLine("inget fall"), FlowSwitch.Default);
        return await harness.RunAsync(new WorkflowBuilder("vaxel", "Växel").WithVariable("Number", number).Build(flow));
    }
}
