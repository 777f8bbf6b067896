using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.CSharp.Tests;

public class CSharpEvaluatorTests
{
    [Fact]
    public async Task Should_WriteScriptValue_When_ExpressionReturnsText()
    {
        var harness = new CSharpHarness();

        var instance = await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("return $\"{1 + 2} st\";"))));

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(["3 st"], instance.Messages());
    }

    [Fact]
    public async Task Should_UseLastExpressionAsValue_When_ScriptHasNoReturn()
    {
        var harness = new CSharpHarness();

        var instance = await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("string.Join(\"-\", new[] { \"a\", \"b\" })"))));

        Assert.Equal(["a-b"], instance.Messages());
    }

    [Fact]
    public async Task Should_ConvertValueToInputType_When_ScriptReturnsNumber()
    {
        var harness = new CSharpHarness();
        var set = new SetVariable("Total", new Input<object>(Expression.CSharp("Variables.Amount * 2")));

        var instance = await harness.RunAsync(set, b => b.WithVariable("Amount", 21).WithVariable<int>("Total"));

        Assert.Equal(42, (int)instance.Variables["Total"]!);
    }

    [Fact]
    public void Should_BeOffAndRefuseToCheck_When_NotConfigured()
    {
        var evaluator = new CSharpEvaluator(new CSharpOptions());

        Assert.False(evaluator.IsEnabled);
        Assert.Equal(CSharpOptions.DisabledMessage, evaluator.Check(Expression.CSharp("1 + 1")));
        Assert.Equal(0, evaluator.CachedScripts);
    }

    [Fact]
    public async Task Should_FaultSayingHowToTurnItOn_When_Disabled()
    {
        var harness = new CSharpHarness(enabled: false);

        var instance = await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("\"hej\""))) { Id = "rad" });

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        var fault = instance.Fault();
        Assert.Contains("C# är avstängt", fault);
        Assert.Contains("Engine:Expressions:CSharp:Enabled", fault);
        Assert.Empty(instance.Messages());
    }

    [Fact]
    public async Task Should_FaultNamingActivity_When_ScriptDoesNotCompile()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return Finns.Inte;"))) { Id = "rad", Name = "Skrivrad" };

        var instance = await harness.RunAsync(write);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        var fault = instance.Fault();
        Assert.StartsWith("C#-skriptet i aktiviteten 'Skrivrad' kunde inte kompileras:", fault);
        Assert.Contains("CS0103", fault);
    }

    [Fact]
    public async Task Should_FaultWithScriptError_When_ScriptThrows()
    {
        var harness = new CSharpHarness();

        var instance = await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("throw new InvalidOperationException(\"trasigt\");"))));

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("trasigt", instance.Fault());
        Assert.StartsWith("CSharp-uttrycket", instance.Fault());
    }

    [Fact]
    public async Task Should_FaultInsteadOfCancellingStep_When_ScriptThrowsCancellation()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("throw new OperationCanceledException(\"för sent\");"))) { Id = "rad" };

        var instance = await harness.RunAsync(write);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Equal("C#-skriptet i aktiviteten 'rad' avbröts: för sent", instance.Fault());
    }

    [Fact]
    public async Task Should_FaultAfterTimeLimit_When_ScriptNeverReturns()
    {
        var harness = new CSharpHarness();
        // The evaluator's first run may take longer (it loads the scripting runtime); the limit holds from then on.
        await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("return \"varm\";"))));
        var write = new WriteLine(new Input<string>(Expression.CSharp("while (true) { } return \"\";"))) { Id = "evig" };

        var instance = await harness.RunAsync(write);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains($"körde längre än {ScriptLimits.Timeout.TotalSeconds:0} sekunder", instance.Fault());
    }

    [Fact]
    public void Should_ReportCompileErrors_When_Checked()
    {
        var evaluator = new CSharpHarness().Evaluator;

        Assert.Null(evaluator.Check(Expression.CSharp("return Variables.Amount + 1;")));
        Assert.StartsWith("C#-fel:", evaluator.Check(Expression.CSharp("return 1 +;")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_CountCSharpAsTurnedOn_Only_When_Enabled(bool enabled)
    {
        var expressions = (ExpressionEvaluator)new CSharpHarness(enabled).Services.GetService(typeof(ExpressionEvaluator))!;

        Assert.Contains(ExpressionTypes.CSharp, expressions.Syntaxes);
        Assert.Equal(enabled, expressions.IsEnabled(ExpressionTypes.CSharp));
        Assert.True(expressions.IsEnabled(ExpressionTypes.JavaScript));
    }
}
