using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class NotFoundActivityTests
{
    [Fact]
    public async Task Should_FaultNamingTheMissingType_When_PlaceholderRuns()
    {
        var harness = new EngineHarness();
        var json = new JsonObject
        {
            ["definitionId"] = "saknad-typ", ["isPublished"] = true,
            ["root"] = new JsonObject
            {
                ["id"] = "fc", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 },
                    new JsonObject { ["id"] = "faktura", ["name"] = "Skicka faktura", ["type"] = "Acme.SendInvoice", ["version"] = 2 },
                    new JsonObject { ["id"] = "efter", ["type"] = "Elsa.WriteLine", ["version"] = 1, ["text"] = "efter" }),
                ["connections"] = new JsonArray(
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "faktura", ["port"] = "In" } },
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "faktura", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "efter", ["port"] = "In" } }),
            },
        };

        var instance = await harness.RunAsync(harness.Serializer.Parse(json.ToJsonString()));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("faktura", incident.ActivityId);
        Assert.Equal("Acme.SendInvoice", incident.ActivityType);
        Assert.Contains("'Skicka faktura' kan inte köras", incident.Message);
        Assert.Contains("'Acme.SendInvoice' version 2 finns inte i motorn", incident.Message);
        Assert.Empty(instance.Messages());
    }
}
