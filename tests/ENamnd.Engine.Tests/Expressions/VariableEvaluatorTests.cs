using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions;

public class VariableEvaluatorTests
{
    [Fact]
    public async Task Should_ReadVariable_When_ExpressionNamesIt()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("variabel", "Variabel")
            .WithVariable("Decision", "Beviljas")
            .Build(new WriteLine(new Input<string>(Expression.Variable("Decision"))));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(["Beviljas"], instance.Messages());
    }

    [Fact]
    public async Task Should_ReadVariableById_When_IdDiffersFromName()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("variabel-id", "Variabel-id").Build(new WriteLine(new Input<string>(Expression.Variable("v-beslut"))));
        definition.Variables.Add(new VariableDefinition { Id = "v-beslut", Name = "Decision", TypeName = "String", Value = "Avslås" });

        var instance = await harness.RunAsync(definition);

        Assert.Equal(["Avslås"], instance.Messages());
    }

    [Fact]
    public async Task Should_FaultNamingVariable_When_VariableDoesNotExist()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("variabel-saknas", "Variabel saknas").Build(new WriteLine(new Input<string>(Expression.Variable("Saknas"))));

        var instance = await harness.RunAsync(definition);

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("'Saknas'", Assert.Single(instance.Incidents).Message);
    }
}
