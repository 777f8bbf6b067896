using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Activities;

// RunCSharp with the C# syntax installed is tested in ENamnd.Engine.CSharp.Tests; here the engine runs without it.
public class RunCSharpTests
{
    [Fact]
    public async Task Should_FaultSayingSyntaxIsMissing_When_CSharpIsNotInstalled()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("utan-csharp", "Utan C#").Build(new RunCSharp { Id = "skript", Script = new Input<string>("return 1;") });

        var instance = await harness.RunAsync(definition);

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("Elsa.RunCSharp", incident.ActivityType);
        Assert.Equal("Skript av typen 'CSharp' kan inte köras här: uttryckstypen är inte installerad.", incident.Message);
    }

    [Fact]
    public void Should_CheckLiteralScriptAsCSharp_When_Validated()
    {
        var validator = new EngineHarness().Services.GetRequiredService<WorkflowValidator>();
        var definition = new WorkflowBuilder("utan-csharp", "Utan C#").Build(new RunCSharp { Id = "skript", Script = new Input<string>("return 1;") });

        var problem = Assert.Single(validator.Validate(definition));

        Assert.Equal("Aktiviteten 'skript' (Elsa.RunCSharp), Script: okänd uttryckstyp 'CSharp'", problem);
    }

    [Fact]
    public void Should_NotCheckScript_When_ItIsEmpty()
    {
        var validator = new EngineHarness().Services.GetRequiredService<WorkflowValidator>();

        Assert.Empty(validator.Validate(new WorkflowBuilder("tomt-skript", "Tomt").Build(new RunCSharp { Id = "skript" })));
    }
}
