using ENamnd.Engine.Activities;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.CSharp.Tests;

public class RunCSharpTests
{
    [Fact]
    public async Task Should_ContinueThroughChosenOutcome_When_ScriptSetsOutcome()
    {
        var instance = await RunAsync("if (Variables.Amount > 100) Outcome.Set(\"Stort\"); else Outcome.Set(\"Litet\");");

        Assert.Equal(["stort"], instance.Messages());
    }

    [Fact]
    public async Task Should_ContinueThroughEveryOutcome_When_ScriptSetsSeveral()
    {
        var instance = await RunAsync("Outcome.Set(\"Stort\", \"Litet\");");

        Assert.Equal(["litet", "stort"], instance.Messages().Order());
    }

    [Fact]
    public async Task Should_ContinueThroughDone_When_ScriptSetsNoOutcome()
    {
        var instance = await RunAsync("var x = 1 + 1;");

        Assert.Equal(["klar"], instance.Messages());
    }

    [Fact]
    public async Task Should_SetWorkflowOutput_When_ResultIsBoundToOutputName()
    {
        var harness = new CSharpHarness();
        var run = new RunCSharp { Script = new Input<string>("return \"Foo\";"), Result = Output<object?>.To("Output1") };

        var instance = await harness.RunAsync(run, b => b.WithOutput<object>("Output1"));

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal("Foo", (string?)instance.Output["Output1"]);
    }

    [Fact]
    public async Task Should_RunScriptText_When_ScriptIsStoredAsCSharpExpression()
    {
        var harness = new CSharpHarness();
        var run = new RunCSharp { Script = new Input<string>(Expression.CSharp("return 6 * 7;")), Result = Output<object?>.To("Answer") };

        var instance = await harness.RunAsync(run, b => b.WithVariable<int>("Answer"));

        Assert.Equal(42, (int)instance.Variables["Answer"]!);
    }

    [Fact]
    public async Task Should_FaultClearly_When_CSharpIsOff()
    {
        var harness = new CSharpHarness(enabled: false);

        var instance = await harness.RunAsync(new RunCSharp { Id = "skript", Script = new Input<string>("return 1;") });

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("Elsa.RunCSharp", incident.ActivityType);
        Assert.Contains("C# är avstängt", incident.Message);
    }

    [Fact]
    public async Task Should_FaultNamingActivity_When_ScriptDoesNotCompile()
    {
        var harness = new CSharpHarness();

        var instance = await harness.RunAsync(new RunCSharp { Id = "skript", Name = "Beräkna", Script = new Input<string>("return 1 +;") });

        Assert.StartsWith("C#-skriptet i aktiviteten 'Beräkna' kunde inte kompileras:", instance.Fault());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_OfferActivityInToolbox_Only_When_CSharpIsOn(bool enabled)
    {
        var factory = new CSharpHarness(enabled).Services.GetRequiredService<ActivityDescriptorFactory>();

        var descriptor = factory.Describe(typeof(RunCSharp));

        Assert.Equal(enabled, descriptor.IsBrowsable);
        Assert.Equal("CSharp", Assert.Single(descriptor.Inputs, i => i.Name == "Script").DefaultSyntax);
    }

    private static async Task<WorkflowInstance> RunAsync(string script)
    {
        var run = new RunCSharp { Id = "skript", Script = new Input<string>(script) };
        var flow = new Flowchart()
            .Connect(run, new WriteLine("stort") { Id = "stort" }, "Stort")
            .Connect(run, new WriteLine("litet") { Id = "litet" }, "Litet")
            .Connect(run, new WriteLine("klar") { Id = "klar" });
        return await new CSharpHarness().RunAsync(flow, b => b.WithVariable("Amount", 250));
    }
}
