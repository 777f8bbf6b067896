using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class RunJavaScriptTests
{
    [Fact]
    public async Task Should_ContinueThroughChosenOutcome_When_ScriptCallsSetOutcome()
    {
        var instance = await RunAsync("if (getVariable('Amount') > 100) setOutcome('Stort'); else setOutcome('Litet');");

        Assert.Equal(["stort"], instance.Messages());
    }

    [Fact]
    public async Task Should_ContinueThroughEveryOutcome_When_ScriptCallsSetOutcomes()
    {
        var instance = await RunAsync("setOutcomes(['Stort', 'Litet'])");

        Assert.Equal(["litet", "stort"], instance.Messages().Order());
    }

    [Fact]
    public async Task Should_ContinueThroughDone_When_ScriptSetsNoOutcome()
    {
        var instance = await RunAsync("1 + 1");

        Assert.Equal(["klar"], instance.Messages());
    }

    [Fact]
    public async Task Should_WriteResultToBoundVariable_When_ScriptHasValue()
    {
        var harness = new EngineHarness();
        var run = new RunJavaScript { Script = new Input<string>("return getVariable('Amount') * 2;"), Result = Output<object?>.To("Doubled") };
        var definition = new WorkflowBuilder("dubbla", "Dubbla").WithVariable("Amount", 21).WithVariable<int>("Doubled").Build(run);

        var instance = await harness.RunAsync(definition);

        InstanceAssert.Finished(instance);
        Assert.Equal(42, (int)instance.Variables["Doubled"]!);
    }

    [Fact]
    public async Task Should_SetWorkflowOutput_When_ResultIsBoundToOutputName()
    {
        var harness = new EngineHarness();
        var run = new RunJavaScript { Script = new Input<string>("'Foo'"), Result = Output<object?>.To("Output1") };
        var definition = new WorkflowBuilder("utdata-mappning", "Utdata").WithOutput<object>("Output1").Build(run);

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Foo", (string?)instance.Output["Output1"]);
        Assert.False(instance.Variables.ContainsKey("Output1"));
    }

    private static async Task<Engine.Runtime.WorkflowInstance> RunAsync(string script)
    {
        var harness = new EngineHarness();
        var run = new RunJavaScript { Id = "skript", Script = new Input<string>(script) };
        var flow = new Flowchart()
            .Connect(run, new WriteLine("stort") { Id = "stort" }, "Stort")
            .Connect(run, new WriteLine("litet") { Id = "litet" }, "Litet")
            .Connect(run, new WriteLine("klar") { Id = "klar" });
        return await harness.RunAsync(new WorkflowBuilder("utgangar", "Utgångar").WithVariable("Amount", 250).Build(flow));
    }
}
