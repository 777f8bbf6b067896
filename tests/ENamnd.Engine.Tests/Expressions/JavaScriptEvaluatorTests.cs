using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions;

public class JavaScriptEvaluatorTests
{
    [Fact]
    public async Task Should_ReadVariables_When_ScriptUsesVariablesObject()
    {
        var instance = await RunScriptAsync("variables.Name + ' (' + variables.Amount * 2 + ')'");

        Assert.Equal("Åsa (500)", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadAndWriteVariables_When_ScriptUsesGetVariableAndSetVariable()
    {
        var instance = await RunScriptAsync("setVariable('Note', getVariable('Name') + ' granskad'); 'klar'");

        Assert.Equal("Åsa granskad", (string?)instance.Variables["Note"]);
        Assert.Equal("klar", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_PersistAssignment_When_ScriptAssignsToVariablesObject()
    {
        var harness = new EngineHarness();

        var instance = await RunScriptAsync("variables.Amount = variables.Amount + 1; variables.Note = 'ändrad'; 'klar'", harness);

        var stored = await harness.ReloadAsync(instance.Id);
        Assert.Equal(251, (int)stored.Variables["Amount"]!);
        Assert.Equal("ändrad", (string?)stored.Variables["Note"]);
    }

    [Fact]
    public async Task Should_ReadWorkflowInput_When_ScriptUsesInputAndGetInput()
    {
        var instance = await RunScriptAsync("input.Municipality + ' ' + getInput('Year')");

        Assert.Equal("Luleå 2026", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadCorrelationId_When_ScriptUsesIt()
    {
        var instance = await RunScriptAsync("'ärende ' + correlationId");

        Assert.Equal("ärende NBD-2026-0099", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadActivityOutput_When_ScriptUsesGetOutputFrom()
    {
        var harness = new EngineHarness();
        var greet = new Tests.Activities.Greet { Id = "greet", Person = new Input<string>("Åsa") };
        var read = new SetVariable("Result", new Input<object>(Expression.JavaScript("getOutputFrom('greet', 'Greeting')")));
        var definition = new WorkflowBuilder("utdata", "Utdata").WithVariable<string>("Result").Build(new Sequence(greet, read));

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Hej Åsa!", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_FaultWithJavaScriptMessage_When_ScriptFailsAtRunTime()
    {
        var instance = await RunScriptAsync("finnsInte.alls + 1");

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        var message = Assert.Single(instance.Incidents).Message;
        Assert.Contains("JavaScript", message);
        Assert.Contains("finnsInte", message);
    }

    private static async Task<WorkflowInstance> RunScriptAsync(string script, EngineHarness? harness = null)
    {
        harness ??= new EngineHarness();
        var definition = new WorkflowBuilder("js", "JavaScript")
            .WithVariable("Name", "Åsa")
            .WithVariable("Amount", 250)
            .WithVariable<string>("Note")
            .WithVariable<string>("Result")
            .Build(new SetVariable("Result", new Input<object>(Expression.JavaScript(script))));
        var input = new JsonObject { ["Municipality"] = "Luleå", ["Year"] = 2026 };
        return await harness.RunAsync(definition, input, correlationId: "NBD-2026-0099");
    }
}
