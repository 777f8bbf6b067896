using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Runtime;

public class WorkflowVariablesTests
{
    [Fact]
    public async Task Should_TypeInitialValues_When_DesignerSendsThemAsText()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("typade", "Typade").Build(
            new SetVariable("Next", new Input<object>(Expression.JavaScript("variables.Limit + 1"))));
        definition.Variables.AddRange(
        [
            new VariableDefinition { Id = "v1", Name = "Limit", TypeName = "Int32", Value = "5" },
            new VariableDefinition { Id = "v2", Name = "Urgent", TypeName = "Boolean", Value = "true" },
            new VariableDefinition { Id = "v3", Name = "Municipality", TypeName = "String", Value = "Haparanda" },
            new VariableDefinition { Id = "v4", Name = "Empty", TypeName = "Int32", Value = "" },
            new VariableDefinition { Id = "v5", Name = "Attachments", TypeName = "String", IsArray = true },
            new VariableDefinition { Id = "v6", Name = "Next", TypeName = "Int32" },
        ]);

        var instance = await harness.RunAsync(definition);

        InstanceAssert.Finished(instance);
        Assert.Equal(JsonValueKind.Number, instance.Variables["Limit"]!.GetValueKind());
        Assert.Equal(5, (int)instance.Variables["Limit"]!);
        Assert.Equal(6, (int)instance.Variables["Next"]!);
        Assert.Equal(JsonValueKind.True, instance.Variables["Urgent"]!.GetValueKind());
        Assert.Equal("Haparanda", (string?)instance.Variables["Municipality"]);
        Assert.Null(instance.Variables["Empty"]);
        Assert.Empty(Assert.IsType<JsonArray>(instance.Variables["Attachments"]));
    }

    [Fact]
    public async Task Should_SetTheVariableForLaterActivities_When_ChangedFromOutsideWhileTheInstanceWaits()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("utifran", "Ändras utifrån")
            .WithVariable<List<string>>("Deltagare", ["Boden"])
            .Build(new Sequence(
                new Event("Vidare"),
                new WriteLine(new Input<string>(Expression.JavaScript("getVariable('Deltagare').join(', ')")))));
        var instance = await harness.RunAsync(definition);

        var changed = await harness.Runtime.SetVariablesAsync(instance.Id, variables =>
            new JsonObject { ["Deltagare"] = new JsonArray([.. variables["Deltagare"]!.AsArray().Select(v => v!.DeepClone()), "Kalix"]) });
        var unchanged = await harness.Runtime.SetVariablesAsync(instance.Id, _ => null);
        await harness.Runtime.ResumeAsync((await harness.BookmarksOfAsync(instance.Id)).Single().Id);

        Assert.NotNull(changed);
        Assert.Null(unchanged);
        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["Boden, Kalix"], instance.Messages());
        Assert.Null(await harness.Runtime.SetVariablesAsync(instance.Id, _ => new JsonObject { ["Deltagare"] = new JsonArray() }));
    }

    [Fact]
    public async Task Should_KeepBuilderInitialValues_When_InstanceStarts()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("builder-varden", "Startvärden")
            .WithVariable("Count", 2)
            .WithVariable("Title", "Bidrag")
            .WithVariable<string[]>("Tags", ["a", "b"])
            .Build(new WriteLine(new Input<string>(Expression.Liquid("{{ Variables.Title }} {{ Variables.Count }} {{ Variables.Tags | size }}"))));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(["Bidrag 2 2"], instance.Messages());
    }

    [Fact]
    public async Task Should_SeeNewValueInLaterActivities_When_SetVariableRuns()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("satt", "Sätt variabel")
            .WithVariable("Status", "Ny")
            .Build(new Sequence(
                new WriteLine(new Input<string>(Expression.Variable("Status"))),
                new SetVariable("Status", "Beslutad"),
                new WriteLine(new Input<string>(Expression.Variable("Status")))));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(["Ny", "Beslutad"], instance.Messages());
        Assert.Equal("Beslutad", (string?)(await harness.ReloadAsync(instance.Id)).Variables["Status"]);
    }

    [Fact]
    public async Task Should_SetVariableByDesignerReference_When_ReferenceHasId()
    {
        var harness = new EngineHarness();
        var set = new SetVariable { Variable = new JsonObject { ["id"] = "v-status", ["name"] = "Status" }, Value = new Input<object>("Klar") };
        var definition = new WorkflowBuilder("referens", "Referens").Build(set);
        definition.Variables.Add(new VariableDefinition { Id = "v-status", Name = "Status", TypeName = "String" });

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Klar", (string?)instance.Variables["Status"]);
    }

    [Fact]
    public async Task Should_WriteOutputToBoundVariable_When_ActivitySetsOutput()
    {
        var harness = new EngineHarness();
        var greet = new Greet { Id = "greet", Person = new Input<string>("Örjan"), Greeting = Output<string>.To("Greeting") };
        var definition = new WorkflowBuilder("utdata", "Utdata").WithVariable<string>("Greeting").Build(greet);

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Hej Örjan!", (string?)instance.Variables["Greeting"]);
        Assert.Equal("Hej Örjan!", (string?)instance.ActivityOutputs["greet"]?["Greeting"]);
    }

    [Fact]
    public async Task Should_CopyDeclaredOutputsFromVariables_When_WorkflowFinishes()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("workflow-utdata", "Arbetsflödets utdata")
            .WithVariable("Decision", "Ny")
            .WithVariable("Internal", "syns inte")
            .WithOutput<string>("Decision")
            .Build(new SetVariable("Decision", "Beviljas"));

        var instance = await harness.RunAsync(definition);

        Assert.Equal("Beviljas", (string?)instance.Output["Decision"]);
        Assert.False(instance.Output.ContainsKey("Internal"));
    }
}
