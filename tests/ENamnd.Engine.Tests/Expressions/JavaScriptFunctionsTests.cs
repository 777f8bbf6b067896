using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions;

public class JavaScriptFunctionsTests
{
    [Fact]
    public async Task Should_ReturnValue_When_ScriptReturnsAtTopLevel()
    {
        var instance = await RunScriptAsync("if (getVariable('Amount') > 100) { return 'stort'; } return 'litet';");

        Assert.Equal("stort", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadAndChangeCorrelationId_When_ScriptUsesCorrelationFunctions()
    {
        var instance = await RunScriptAsync("const before = getCorrelationId(); setCorrelationId('NBD-2026-0100'); before");

        Assert.Equal("NBD-2026-0099", (string?)instance.Variables["Result"]);
        Assert.Equal("NBD-2026-0100", instance.CorrelationId);
    }

    [Fact]
    public async Task Should_NameInstanceAndDefinition_When_ScriptUsesIdentityFunctions()
    {
        var instance = await RunScriptAsync("[getWorkflowInstanceId(), getWorkflowDefinitionId(), getWorkflowDefinitionVersion(), getWorkflowDefinitionVersionId()].join('|')");

        Assert.Equal($"{instance.Id}|js|1|js-v1", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_TestTextAndGuids_When_ScriptUsesHelpers()
    {
        var instance = await RunScriptAsync(
            "[isNullOrWhiteSpace('  '), isNullOrWhiteSpace(null), isNullOrWhiteSpace('x'), isNullOrEmpty(''), " +
            "parseGuid('6F9619FF-8B86-D011-B42D-00CF4FC964FF'), newGuid().length, newShortGuid().length > 0, stringFromBase64(stringToBase64('åäö'))].join('|')");

        Assert.Equal("true|true|false|true|6f9619ff-8b86-d011-b42d-00cf4fc964ff|36|true|åäö", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_WriteJsonText_When_ScriptUsesToJson()
    {
        var instance = await RunScriptAsync("toJson({ kommun: 'Luleå', antal: 2 })");

        Assert.Equal("""{"kommun":"Luleå","antal":2}""", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadPreviousResult_When_ScriptUsesGetLastResult()
    {
        var harness = new EngineHarness();
        var first = new RunJavaScript { Id = "first", Script = new Input<string>("return 41;") };
        var next = new SetVariable("Result", new Input<object>(Expression.JavaScript("getLastResult() + 1")));
        var definition = new WorkflowBuilder("senaste", "Senaste").WithVariable<int>("Result").Build(new Sequence(first, next));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(42, (int)instance.Variables["Result"]!);
    }

    [Fact]
    public async Task Should_ReadResultOutput_When_GetOutputFromNamesNoOutput()
    {
        var harness = new EngineHarness();
        var first = new RunJavaScript { Id = "berakna", Script = new Input<string>("'klart'") };
        var next = new SetVariable("Result", new Input<object>(Expression.JavaScript("getOutputFrom('berakna')")));
        var definition = new WorkflowBuilder("utdata-standard", "Utdata").WithVariable<string>("Result").Build(new Sequence(first, next));

        var instance = await harness.RunAsync(definition);

        Assert.Equal("klart", (string?)instance.Variables["Result"]);
    }

    internal static async Task<WorkflowInstance> RunScriptAsync(string script, EngineHarness? harness = null, Action<WorkflowBuilder>? declare = null)
    {
        harness ??= new EngineHarness();
        var builder = new WorkflowBuilder("js", "JavaScript")
            .WithVariable("Name", "Åsa")
            .WithVariable("Amount", 250)
            .WithVariable<string>("Note")
            .WithVariable<object>("Result");
        declare?.Invoke(builder);
        var definition = builder.Build(new SetVariable("Result", new Input<object>(Expression.JavaScript(script))));
        var input = new JsonObject { ["Municipality"] = "Luleå", ["Year"] = 2026 };
        return await harness.RunAsync(definition, input, correlationId: "NBD-2026-0099");
    }
}
