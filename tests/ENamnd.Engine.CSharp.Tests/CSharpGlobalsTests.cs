using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.CSharp.Tests;

public class CSharpGlobalsTests
{
    [Fact]
    public async Task Should_ReadVariablesAsMembers_When_ScriptNamesThem()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return $\"{Variables.Variable1}{Variable.Variable2}\";")));

        var instance = await harness.RunAsync(write, b => b.WithVariable<object>("Variable1", "Foo").WithVariable<object>("Variable2", "Bar"));

        Assert.Equal(["FooBar"], instance.Messages());
    }

    [Fact]
    public async Task Should_ReadVariableTyped_When_ScriptUsesGetOfT()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return (Variables.Get<int>(\"amount\") + 1).ToString();")));

        var instance = await harness.RunAsync(write, b => b.WithVariable("amount", 41));

        Assert.Equal(["42"], instance.Messages());
    }

    [Fact]
    public async Task Should_FindVariable_When_MemberIsPascalCased()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return Variables.CaseTitle;")));

        var instance = await harness.RunAsync(write, b => b.WithVariable("caseTitle", "Ny e-tjänst"));

        Assert.Equal(["Ny e-tjänst"], instance.Messages());
    }

    [Fact]
    public async Task Should_KeepAssignedVariables_When_ScriptSetsThem()
    {
        var harness = new CSharpHarness();
        var run = new RunCSharp { Script = new Input<string>("Variables.Counter = Variables.Counter + 1; Variables.Set(\"Note\", \"klar\"); ExecutionContext.SetVariable(\"Other\", 7);") };

        var instance = await harness.RunAsync(run, b => b.WithVariable("Counter", 1).WithVariable<string>("Note"));

        Assert.Equal(2, (int)instance.Variables["Counter"]!);
        Assert.Equal("klar", (string?)instance.Variables["Note"]);
        Assert.Equal(7, (int)instance.Variables["Other"]!);
    }

    [Fact]
    public async Task Should_ReadObjectMembers_When_VariableHoldsObject()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return Variables.Person.Name + \" i \" + Variables.Person.Town;")));

        var instance = await harness.RunAsync(write, b => b.WithVariable<object>("Person", new JsonObject { ["Name"] = "Kim", ["Town"] = "Luleå" }));

        Assert.Equal(["Kim i Luleå"], instance.Messages());
    }

    [Fact]
    public async Task Should_ReadWorkflowInput_When_ScriptUsesInput()
    {
        var harness = new CSharpHarness();
        var write = new WriteLine(new Input<string>(Expression.CSharp("return Input.Title + \"/\" + Inputs.Get<int>(\"Count\") + \"/\" + ExecutionContext.GetInput<string>(\"Title\");")));

        var instance = await harness.RunAsync(write, input: new JsonObject { ["Title"] = "Förstudie", ["Count"] = 3 });

        Assert.Equal(["Förstudie/3/Förstudie"], instance.Messages());
    }

    [Fact]
    public async Task Should_ReadOtherActivitiesOutput_When_ScriptUsesOutputFrom()
    {
        var harness = new CSharpHarness();
        var first = new RunCSharp { Id = "forsta", Name = "Första", Script = new Input<string>("return 20;") };
        var second = new WriteLine(new Input<string>(Expression.CSharp("return (Output.From<int>(\"Första\") + (long)Output.From(\"forsta\", \"Result\") + 2).ToString();")));

        var instance = await harness.RunAsync(new Sequence(first, second));

        Assert.Equal(["42"], instance.Messages());
    }

    [Fact]
    public async Task Should_GiveInstanceIdentity_When_ScriptAsksForIt()
    {
        var harness = new CSharpHarness();
        var run = new RunCSharp { Script = new Input<string>("CorrelationId = \"NBD-2026-0001\"; WorkflowInstanceName = \"Ärende \" + CorrelationId; return WorkflowInstanceId;"), Result = Output<object?>.To("Id") };

        var instance = await harness.RunAsync(run, b => b.WithVariable<string>("Id"));

        Assert.Equal(instance.Id, (string?)instance.Variables["Id"]);
        Assert.Equal("NBD-2026-0001", instance.CorrelationId);
        Assert.Equal("Ärende NBD-2026-0001", instance.Name);
    }

    [Fact]
    public async Task Should_FaultNamingVariable_When_MemberHasNoVariable()
    {
        var harness = new CSharpHarness();

        var instance = await harness.RunAsync(new WriteLine(new Input<string>(Expression.CSharp("return Variables.Saknas;"))));

        Assert.Contains("Det finns ingen variabel som heter 'Saknas'.", instance.Fault());
    }
}
