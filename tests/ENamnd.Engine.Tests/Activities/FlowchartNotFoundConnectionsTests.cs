using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;

namespace ENamnd.Engine.Tests.Activities;

public class FlowchartNotFoundConnectionsTests
{
    [Fact]
    public async Task Should_RestoreParkedConnection_When_BothEndsAreKnownActivities()
    {
        var harness = new EngineHarness();
        // As an Elsa server that lacked Elsa.WriteLine exported it: the node as a NotFoundActivity, its connection parked.
        var json = """
            { "definitionId": "parkerad", "isPublished": true,
              "root": { "id": "fc", "type": "Elsa.Flowchart", "version": 1,
                "customProperties": { "notFoundConnections": [
                  { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "rad", "port": "In" } },
                  { "source": { "activity": "rad", "port": "Done" }, "target": { "activity": "saknas", "port": "In" } } ] },
                "activities": [
                  { "id": "start", "type": "Elsa.Start", "version": 1 },
                  { "id": "rad", "type": "Elsa.NotFoundActivity", "version": 1,
                    "originalActivityJson": "{\"id\":\"rad\",\"type\":\"Elsa.WriteLine\",\"version\":1,\"text\":\"tillbaka\"}" },
                  { "id": "saknas", "type": "Acme.Saknas", "version": 1 } ],
                "connections": [] } }
            """;

        var definition = harness.Serializer.Parse(json);

        var flowchart = (Flowchart)definition.Root;
        var restored = Assert.Single(flowchart.Connections);
        Assert.Equal(("start", "rad"), (restored.Source.Activity, restored.Target.Activity));
        var parked = Assert.Single(flowchart.CustomProperties["notFoundConnections"]!.AsArray());
        Assert.Equal("saknas", (string?)parked!["target"]!["activity"]);
        var instance = await harness.RunAsync(definition);
        Assert.Equal(["tillbaka"], instance.Messages());
        Assert.IsType<JsonArray>(harness.Serializer.Serialize(definition)["root"]!["customProperties"]!["notFoundConnections"]);
    }
}
