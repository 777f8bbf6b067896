using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Serialization;

public class ConnectionFormsTests
{
    private readonly EngineHarness harness = new();

    private static string Definition(string connections) => $$"""
        { "definitionId": "former", "isPublished": true,
          "root": { "id": "fc", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              { "id": "beslut", "type": "Elsa.FlowDecision", "version": 1, "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "true" } } },
              { "id": "ja", "type": "Elsa.WriteLine", "version": 1, "text": "ja" } ],
            "connections": {{connections}} } }
        """;

    private static IEnumerable<(string, string?, string, string?)> Graph(WorkflowDefinition definition) =>
        ((Flowchart)definition.Root).Connections.Select(c => (c.Source.Activity, c.Source.Port, c.Target.Activity, c.Target.Port));

    private static readonly Dictionary<string, string> Forms = new()
    {
        ["nested"] = """
            [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "beslut", "port": "In" }, "vertices": [ { "x": 1, "y": 2 } ] },
              { "source": { "activity": "beslut", "port": "True" }, "target": { "activity": "ja", "port": "In" } } ]
            """,
        ["flat"] = """
            [ { "source": "start", "sourcePort": "Done", "target": "beslut", "targetPort": "In", "vertices": [ { "x": 1, "y": 2 } ] },
              { "source": "beslut", "sourcePort": "True", "target": "ja", "targetPort": "In" } ]
            """,
        ["pascal"] = """
            [ { "Source": { "Activity": "start", "Port": "Done" }, "Target": { "Activity": "beslut", "Port": "In" }, "vertices": [ { "x": 1, "y": 2 } ] },
              { "Source": { "Activity": "beslut", "Port": "True" }, "Target": { "Activity": "ja", "Port": "In" } } ]
            """,
    };

    [Theory]
    [InlineData("nested")]
    [InlineData("flat")]
    [InlineData("pascal")]
    public async Task Should_ReadSameGraphAndRoundTripIt_When_ConnectionsAreInEitherForm(string form)
    {
        var definition = harness.Serializer.Parse(Definition(Forms[form]));

        (string, string?, string, string?)[] expected = [("start", "Done", "beslut", "In"), ("beslut", "True", "ja", "In")];
        Assert.Equal(expected, Graph(definition));
        var written = harness.Serializer.Serialize(definition);
        var first = written["root"]!["connections"]![0]!;
        Assert.Equal("start", (string?)first["source"]!["activity"]);
        Assert.Equal(1, (int)first["vertices"]![0]!["x"]!);
        var again = harness.Serializer.Parse(written.ToJsonString());
        Assert.Equal(expected, Graph(again));
        Assert.True(JsonNode.DeepEquals(written, harness.Serializer.Serialize(again)));
        var instance = await harness.RunAsync(again);
        InstanceAssert.Finished(instance);
        Assert.Equal(["ja"], instance.Messages());
    }

    [Theory]
    [InlineData("""[ { "source": 7, "target": "ja" } ]""", "connections[0]")]
    [InlineData("""[ { "source": { "port": "Done" }, "target": { "activity": "ja" } } ]""", "connections[0]")]
    [InlineData("""[ "start->ja" ]""", "connections[0]")]
    [InlineData("""[ { "source": { "activity": ["start"] }, "target": { "activity": "ja" } } ]""", "connections[0]")]
    [InlineData("""{ "start": "ja" }""", "root.connections: kopplingarna måste vara en JSON-lista")]
    public void Should_RefuseInSwedish_When_AConnectionCannotBeRead(string connections, string expected)
    {
        var error = Assert.Throws<WorkflowValidationException>(() => harness.Serializer.Parse(Definition(connections)));

        Assert.Contains(error.Errors, e => e.Contains(expected));
    }

    [Fact]
    public void Should_RefuseInSwedish_When_ActivitiesAreNoList()
    {
        var json = """{ "root": { "id": "fc", "type": "Elsa.Flowchart", "activities": { "id": "a" } } }""";

        var error = Assert.Throws<WorkflowValidationException>(() => harness.Serializer.Parse(json));

        Assert.Contains(error.Errors, e => e.Contains("root.activities: aktiviteterna måste vara en JSON-lista"));
    }
}
