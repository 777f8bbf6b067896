using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Expressions;

public class JavaScriptAccessorsTests
{
    [Fact]
    public async Task Should_ReadAndWriteVariables_When_ScriptUsesGeneratedAccessors()
    {
        var instance = await JavaScriptFunctionsTests.RunScriptAsync("setNote(getName() + ' granskad'); getNote() + ' ' + getAmount()");

        Assert.Equal("Åsa granskad", (string?)instance.Variables["Note"]);
        Assert.Equal("Åsa granskad 250", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_SeeSetterValueInVariablesObject_When_ScriptReadsItAfterwards()
    {
        var instance = await JavaScriptFunctionsTests.RunScriptAsync("setAmount(300); variables.Amount + 1");

        Assert.Equal(301, (int)instance.Variables["Result"]!);
        Assert.Equal(300, (int)instance.Variables["Amount"]!);
    }

    [Fact]
    public async Task Should_PascalizeAccessorName_When_VariableNameStartsInLowerCase()
    {
        var instance = await JavaScriptFunctionsTests.RunScriptAsync("setAntal(getAntal() + 1); getAntal()", declare: b => b.WithVariable("antal", 4));

        Assert.Equal(5, (int)instance.Variables["antal"]!);
    }

    [Fact]
    public async Task Should_ReadDeclaredInput_When_ScriptUsesInputAccessor()
    {
        var instance = await JavaScriptFunctionsTests.RunScriptAsync("getMunicipality() + ' ' + getYear()",
            declare: b => b.WithInput<string>("Municipality").WithInput<int>("Year"));

        Assert.Equal("Luleå 2026", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_FailAsUndefined_When_InputIsNotDeclared()
    {
        var instance = await JavaScriptFunctionsTests.RunScriptAsync("getMunicipality()");

        Assert.Contains("getMunicipality", Assert.Single(instance.Incidents).Message);
    }

    [Fact]
    public async Task Should_ReadActivityOutput_When_ScriptUsesOutputAccessorOfNamedActivity()
    {
        var harness = new EngineHarness();
        var greet = new Greet { Id = "g1", Name = "Halsa1", Person = new Input<string>("Åsa") };
        var read = new SetVariable("Result", new Input<object>(Expression.JavaScript("getGreetingFromHalsa1()")));
        var definition = new WorkflowBuilder("accessor-utdata", "Utdata").WithVariable<string>("Result").Build(new Sequence(greet, read));

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Hej Åsa!", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_NameActivitiesById_When_DefinitionPredatesElsa3Designer()
    {
        var harness = new EngineHarness();
        var greet = new Greet { Id = "halsning", Name = "Hälsa", Person = new Input<string>("Åsa") };
        var read = new SetVariable("Result", new Input<object>(Expression.JavaScript("getGreetingFromHalsning()")));
        var definition = new WorkflowBuilder("aldre", "Äldre").WithVariable<string>("Result").Build(new Sequence(greet, read));
        definition.ToolVersion = "2.0.0.0";

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Hej Åsa!", (string?)instance.Variables["Result"]);
    }
}
