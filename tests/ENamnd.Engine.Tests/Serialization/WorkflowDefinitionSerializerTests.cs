using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Serialization;

public class WorkflowDefinitionSerializerTests
{
    private readonly EngineHarness harness = new();

    private WorkflowDefinitionSerializer Serializer => harness.Serializer;

    [Fact]
    public void Should_WriteSameJson_When_ElsaJsonIsParsedAndSerialized()
    {
        var original = JsonNode.Parse(ElsaJsonSamples.Review)!;

        var written = Serializer.Serialize(Serializer.Parse(ElsaJsonSamples.Review));

        var reparsed = JsonNode.Parse(written.ToJsonString());
        Assert.True(JsonNode.DeepEquals(original, reparsed), written.ToJsonString());
    }

    [Fact]
    public void Should_KeepUnknownPropertiesVerbatim_When_Parsed()
    {
        var definition = Serializer.Parse(ElsaJsonSamples.Review);

        Assert.True(definition.UnknownProperties.ContainsKey("tenantId"));
        Assert.Equal("Luleå", (string?)definition.CustomProperties["kommun"]);
        var flowchart = Assert.IsType<Flowchart>(definition.Root);
        Assert.Equal("granskning.json", (string?)flowchart.Activities.Single(a => a.Id == "start1").UnknownProperties["source"]);
        var decision = Assert.IsType<FlowDecision>(flowchart.Activities.Single(a => a.Id == "dec1"));
        Assert.Equal(ExpressionTypes.JavaScript, decision.Condition.Expression.Type);
        Assert.True(decision.Condition.Extra!.ContainsKey("memoryReference"));
        Assert.Equal(-200, (int)decision.Metadata["designer"]!["position"]!["x"]!);
        Assert.Equal(2, flowchart.Connections.Single(c => c.Source.Activity == "dec1" && c.SourcePort == "True").Extra["vertices"]!.AsArray().Count);
        Assert.Equal("Klart", (string?)Assert.IsType<WriteLine>(flowchart.Activities.Single(a => a.Id == "wl1")).Text.Expression.Value);
    }

    [Fact]
    public async Task Should_RunHandWrittenFlowchart_When_ParsedFromElsaJson()
    {
        var definition = Serializer.Parse(ElsaJsonSamples.Review);

        var instance = await harness.RunAsync(definition, new JsonObject { ["Sokande"] = "Åsa Öberg" });

        InstanceAssert.Finished(instance);
        Assert.Equal(250, (int)instance.Variables["Belopp"]!);
        Assert.Equal("Granska Åsa Öberg", (string?)instance.Variables["Status"]);
        Assert.Equal("Granska Åsa Öberg", (string?)instance.Output["Status"]);
        Assert.Equal(["Klart"], instance.Messages());
        Assert.Equal(["start1", "dec1", "set1", "join1", "wl1", "fc1"], instance.CompletedIds());
    }

    [Fact]
    public void Should_AssignElsaNodeIds_When_JsonHasNone()
    {
        var definition = Serializer.Parse(ElsaJsonSamples.WithoutNodeIds);

        var flowchart = Assert.IsType<Flowchart>(definition.Root);
        var sequence = Assert.IsType<Sequence>(flowchart.Activities.Single(a => a.Id == "seq1"));
        Assert.Equal("Workflow1:fc1", flowchart.NodeId);
        Assert.Equal("Workflow1:fc1:start1", flowchart.Activities[0].NodeId);
        Assert.Equal("Workflow1:fc1:seq1", sequence.NodeId);
        Assert.Equal("Workflow1:fc1:seq1:wl2", sequence.Activities[1].NodeId);
        Assert.Equal("Workflow1:fc1:seq1:wl1", (string?)Serializer.Serialize(definition)["root"]!["activities"]![1]!["activities"]![0]!["nodeId"]);
    }

    [Fact]
    public async Task Should_ReadAndRunConnections_When_WrittenInTheFlatForm()
    {
        // The flat form some Elsa 3 definitions use: the ids as strings with the ports beside them.
        var json = JsonNode.Parse(ElsaJsonSamples.WithoutNodeIds)!.AsObject();
        json["root"]!["connections"] = new JsonArray(new JsonObject { ["source"] = "start1", ["target"] = "seq1", ["sourcePort"] = "Done", ["targetPort"] = null });

        var definition = Serializer.Parse(json.ToJsonString());
        var instance = await harness.RunAsync(definition, new JsonObject { ["Namn"] = "Örjan" });

        var connection = Assert.Single(Assert.IsType<Flowchart>(definition.Root).Connections);
        Assert.Equal(("start1", "Done", "seq1"), (connection.Source.Activity, connection.SourcePort, connection.Target.Activity));
        Assert.Empty(connection.Extra);
        Assert.Equal(["Hej Örjan", "Hej då"], instance.Messages());
        Assert.Equal("start1", (string?)Serializer.Serialize(definition)["root"]!["connections"]![0]!["source"]!["activity"]);
    }

    [Theory]
    [InlineData("""{ "source": 5, "target": "seq1" }""")]
    [InlineData("""{ "source": ["start1"], "target": { "activity": "seq1" } }""")]
    [InlineData("""{ "source": { "activity": 1 }, "target": { "activity": "seq1" } }""")]
    [InlineData("""{ "target": "seq1" }""")]
    [InlineData("5")]
    public void Should_RefuseTheConnectionInSwedish_When_ItIsNeitherForm(string connection)
    {
        var json = JsonNode.Parse(ElsaJsonSamples.WithoutNodeIds)!.AsObject();
        json["root"]!["connections"] = new JsonArray(JsonNode.Parse(connection));

        var error = Assert.Throws<WorkflowValidationException>(() => Serializer.Parse(json.ToJsonString()));

        Assert.Contains(error.Errors, e => e.Contains("en koppling måste ha source.activity och target.activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_RunDefinition_When_JsonHasNullPortsAndNoNodeIds()
    {
        var instance = await harness.RunAsync(Serializer.Parse(ElsaJsonSamples.WithoutNodeIds), new JsonObject { ["Namn"] = "Örjan" });

        InstanceAssert.Finished(instance);
        Assert.Equal(["Hej Örjan", "Hej då"], instance.Messages());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{ "definitionId": "utan-rot" }""")]
    public void Should_ThrowValidationException_When_JsonIsNotAWorkflow(string json)
    {
        var error = Assert.Throws<WorkflowValidationException>(() => Serializer.Parse(json));

        Assert.NotEmpty(error.Errors);
    }

    [Fact]
    public void Should_WriteEnumLiteralByName_When_CodeDeclaresEnumInput()
    {
        var join = new FlowJoin { Id = "join", Mode = new Input<JoinMode>(JoinMode.WaitAny) };
        var definition = new WorkflowBuilder("enum", "Enum").Build(new Flowchart().Connect(new Start(), join));

        var mode = Serializer.Serialize(definition)["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "join")!["mode"]!;

        Assert.Equal("String", (string?)mode["typeName"]);
        Assert.Equal("WaitAny", (string?)mode["expression"]!["value"]);
    }

    [Fact]
    public void Should_WriteSameJson_When_BuilderDefinitionIsRoundTripped()
    {
        var start = new Start();
        var flow = new Flowchart()
            .Connect(start, new Delay(TimeSpan.FromHours(3)))
            .Connect(start, new FlowSwitch { Cases = [new SwitchCase("A", Expression.JavaScript("true"))] });
        var definition = new WorkflowBuilder("rundtur", "Rundtur").WithVariable("Count", 1).WithInput<string>("Namn").Build(flow);
        var first = Serializer.Serialize(definition);

        var second = Serializer.Serialize(Serializer.Parse(first.ToJsonString()));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first.ToJsonString()), JsonNode.Parse(second.ToJsonString())), second.ToJsonString());
    }
}
