using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.CSharp.Tests;

public class CSharpValidationTests
{
    [Fact]
    public void Should_RefuseDefinitionSayingHowToTurnItOn_When_ExpressionUsesCSharpWhileOff()
    {
        var definition = new WorkflowBuilder("csharp-av", "Av").Build(new WriteLine(new Input<string>(Expression.CSharp("\"hej\""))) { Id = "rad" });

        var problem = Assert.Single(new CSharpHarness(enabled: false).Validator.Validate(definition));

        Assert.Contains("C# är avstängt", problem);
        Assert.Contains("Engine:Expressions:CSharp:Enabled = true", problem);
        Assert.Contains("Engine__Expressions__CSharp__Enabled=true", problem);
    }

    [Fact]
    public void Should_RefuseRunCSharp_When_OffEvenThoughScriptIsLiteral()
    {
        var definition = new WorkflowBuilder("runcsharp-av", "Av").Build(new RunCSharp { Id = "skript", Script = new Input<string>("return 1;") });

        var problem = Assert.Single(new CSharpHarness(enabled: false).Validator.Validate(definition));

        Assert.Contains("C# är avstängt", problem);
        Assert.Contains("'skript'", problem);
    }

    [Fact]
    public void Should_AcceptDefinition_When_CSharpIsOnAndScriptsCompile()
    {
        var definition = new WorkflowBuilder("csharp-pa", "På").Build(new Sequence(
            new RunCSharp { Script = new Input<string>("Outcome.Set(\"Ja\");") },
            new WriteLine(new Input<string>(Expression.CSharp("\"hej\"")))));

        Assert.Empty(new CSharpHarness().Validator.Validate(definition));
    }

    [Fact]
    public void Should_RefuseRunCSharp_When_ScriptDoesNotCompile()
    {
        var definition = new WorkflowBuilder("runcsharp-fel", "Fel").Build(new RunCSharp { Id = "skript", Script = new Input<string>("return 1 +;") });

        Assert.Contains("C#-fel:", Assert.Single(new CSharpHarness().Validator.Validate(definition)));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void Should_RefuseDraft_Only_When_CSharpIsOff(bool enabled, int problems)
    {
        var definition = new WorkflowBuilder("utkast-csharp", "Utkast").Build(new RunCSharp { Id = "skript", Script = new Input<string>("return 1;") });

        var found = new CSharpHarness(enabled).Validator.DraftProblems(definition);

        Assert.Equal(problems, found.Count);
        Assert.All(found, p => Assert.Contains("C# är avstängt", p));
    }
}
