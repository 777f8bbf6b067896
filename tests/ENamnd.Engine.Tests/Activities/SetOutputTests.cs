using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class SetOutputTests
{
    [Fact]
    public async Task Should_SetWorkflowOutput_When_SetOutputRuns()
    {
        var harness = new EngineHarness();
        var set = new SetOutput { OutputName = new Input<string>("Beslut"), OutputValue = new Input<object?>(Expression.JavaScript("'bifall ' + getInput('Arende')")) };
        var definition = new WorkflowBuilder("utdata", "Utdata").WithOutput<string>("Beslut").Build(set);

        var instance = await harness.RunAsync(definition, new System.Text.Json.Nodes.JsonObject { ["Arende"] = "NBD-2026-0001" });

        InstanceAssert.Finished(instance);
        Assert.Equal("bifall NBD-2026-0001", (string?)instance.Output["Beslut"]);
    }

    [Fact]
    public async Task Should_Fault_When_NoOutputIsNamed()
    {
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(new WorkflowBuilder("utan-namn", "Utan namn").Build(new SetOutput()));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Equal("Ingen utdata är vald.", Assert.Single(instance.Incidents).Message);
    }
}
