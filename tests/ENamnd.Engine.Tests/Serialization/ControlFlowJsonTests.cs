using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Serialization;

public class ControlFlowJsonTests
{
    private readonly EngineHarness harness = new();

    private WorkflowDefinitionSerializer Serializer => harness.Serializer;

    [Fact]
    public void Should_ReadPortsCasesAndBranchesAsChildActivities_When_ParsingElsaJson()
    {
        var definition = Serializer.Parse(ControlFlowJsonSamples.SumAndBranch);

        var flowchart = Assert.IsType<Flowchart>(definition.Root);
        var loop = Assert.IsType<ForEach>(flowchart.Activities.Single(a => a.Id == "loop1"));
        var @if = Assert.IsType<If>(Assert.IsType<Sequence>(loop.Body).Activities.Single());
        Assert.IsType<SetVariable>(@if.Then);
        Assert.Null(@if.Else);
        Assert.Equal("Workflow1:fc1:loop1:seq1:if1:add1", @if.Then!.NodeId);
        var @switch = Assert.IsType<Switch>(flowchart.Activities.Single(a => a.Id == "switch1"));
        Assert.Equal(["Stor", "Alltid"], @switch.Cases.Select(c => c.Label));
        Assert.Equal(ExpressionTypes.JavaScript, @switch.Cases[0].Condition.Type);
        Assert.Equal("Workflow1:fc1:switch1:wl1", @switch.Cases[0].Activity!.NodeId);
        var fork = Assert.IsType<Fork>(flowchart.Activities.Single(a => a.Id == "fork1"));
        Assert.Equal(ForkJoinMode.WaitAny, fork.JoinMode);
        Assert.Equal(["wl3", "ev1"], fork.Branches.Select(b => b.Id));
        Assert.Empty(fork.UnknownProperties);
        Assert.Empty(@switch.UnknownProperties);
    }

    [Fact]
    public void Should_WriteNestedActivitiesBackInElsaShape_When_Serialized()
    {
        var written = Serializer.Serialize(Serializer.Parse(ControlFlowJsonSamples.SumAndBranch));

        var activities = written["root"]!["activities"]!.AsArray();
        var loop = activities.Single(a => (string?)a!["id"] == "loop1")!;
        var @if = loop["body"]!["activities"]![0]!;
        Assert.Equal("Elsa.SetVariable", (string?)@if["then"]!["type"]);
        Assert.True(@if.AsObject().ContainsKey("else"));
        Assert.Null(@if["else"]);
        var @switch = activities.Single(a => (string?)a!["id"] == "switch1")!;
        Assert.Equal("variables.Summa > 3", (string?)@switch["cases"]![0]!["condition"]!["value"]);
        Assert.Equal("wl2", (string?)@switch["cases"]![1]!["activity"]!["id"]);
        var fork = activities.Single(a => (string?)a!["id"] == "fork1")!;
        Assert.Equal("WaitAny", (string?)fork["joinMode"]);
        Assert.Equal(2, fork["branches"]!.AsArray().Count);
        var again = Serializer.Serialize(Serializer.Parse(written.ToJsonString()));
        Assert.True(JsonNode.DeepEquals(written, again), again.ToJsonString());
    }

    [Fact]
    public async Task Should_RunStructuredControlFlow_When_ParsedFromElsaJson()
    {
        var instance = await harness.RunAsync(Serializer.Parse(ControlFlowJsonSamples.SumAndBranch));

        InstanceAssert.Finished(instance);
        Assert.Equal(4, (int)instance.Variables["Summa"]!);
        Assert.Equal(["stor summa", "gren"], instance.Messages());
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public void Should_ReportCaseInSwedish_When_CaseIsNoObjectOrConditionIsBadScript()
    {
        var json = JsonNode.Parse(ControlFlowJsonSamples.SumAndBranch)!.AsObject();
        json["root"]!["activities"]![2]!["cases"]!.AsArray().Add(5);

        var error = Assert.Throws<WorkflowValidationException>(() => Serializer.Parse(json.ToJsonString()));
        Assert.Contains(error.Errors, e => e.Contains("cases[2]: ett fall måste vara ett JSON-objekt.", StringComparison.Ordinal));

        json["root"]!["activities"]![2]!["cases"]!.AsArray().RemoveAt(2);
        json["root"]!["activities"]![2]!["cases"]![0]!["condition"]!["value"] = "variables.Summa >";
        var problems = harness.Services.GetRequiredService<WorkflowValidator>().Validate(Serializer.Parse(json.ToJsonString()));
        Assert.Contains(problems, p => p.Contains("Cases 'Stor'", StringComparison.Ordinal) && p.Contains("JavaScript-fel", StringComparison.Ordinal));
    }
}
