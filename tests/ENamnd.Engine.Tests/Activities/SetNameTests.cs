using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class SetNameTests
{
    [Fact]
    public async Task Should_SetInstanceName_When_Run()
    {
        var harness = new EngineHarness();
        var flow = new Flowchart().Connect(new Start(), new SetName { Value = new Input<string?>(Expression.JavaScript("'Ärende ' + variables.Nummer")) });

        var instance = await harness.RunAsync(new WorkflowBuilder("namnge", "Namnge").WithVariable("Nummer", 7).Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal("Ärende 7", instance.Name);
    }
}
