using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>POST /tests/activities</c>: the designer's Test tab runs one activity on its own and stores nothing.</summary>
public class ActivityTestTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private static JsonObject Script(string id, string script) => ElsaJson.Activity(id, "Elsa.RunJavaScript", new JsonObject
    {
        ["script"] = new JsonObject
        {
            ["typeName"] = "String",
            ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = script },
        },
    });

    // A draft whose activities run in a chain; Belopp is 1, its test value 21.
    private async Task<JsonObject> SaveAsync(params JsonObject[] activities)
    {
        var model = ElsaJson.Chain(null, $"Testas {Guid.NewGuid():N}", activities);
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v-belopp", ["name"] = "Belopp", ["typeName"] = "Int32", ["value"] = "1" });
        model["customProperties"] = new JsonObject { ["VariableTestValues"] = new JsonObject { ["v-belopp"] = 21 } };
        return await api.SaveAsync(model);
    }

    private static JsonObject Request(JsonObject definition, string activityId) => new()
    {
        ["workflowDefinitionHandle"] = new JsonObject { ["definitionVersionId"] = (string)definition["id"]! },
        ["activityHandle"] = new JsonObject { ["activityId"] = activityId },
    };

    private async Task<int> InstanceCountAsync(JsonObject definition) =>
        (int)(await api.PostObjectAsync("/workflow-instances", new JsonObject { ["definitionId"] = (string)definition["definitionId"]! }))["totalCount"]!;

    [Fact]
    public async Task Should_RunOnlyTheActivityWithTheTestValues_When_Tested()
    {
        var definition = await SaveAsync(ElsaJson.WriteLine("a1", "Först"), Script("js", "return getBelopp() * 2;"), ElsaJson.Event("e1", "aldrig"));

        var result = await api.PostObjectAsync("/tests/activities", Request(definition, "js"));

        Assert.Equal("Completed", (string?)result["status"]);
        Assert.Equal(42, (int)result["outputs"]!["Result"]!);
        Assert.Null(result["exception"]);
        Assert.Equal(["Done"], result["payload"]!["outcomes"]!.AsArray().Select(o => (string)o!));
        Assert.All(result["payload"]!["journal"]!.AsArray(), line => Assert.Equal("js", (string?)line!["activityId"]));
        Assert.Empty(result["payload"]!["bookmarks"]!.AsArray());
        Assert.Equal(0, await InstanceCountAsync(definition));
    }

    [Fact]
    public async Task Should_ReportTheFaultAndTheWait_When_TheActivityThrowsOrWaits()
    {
        var definition = await SaveAsync(Script("fel", "throw new Error('Testfel');"), ElsaJson.Event("e1", "väntar"));

        var faulted = await api.PostObjectAsync("/tests/activities", Request(definition, "fel"));
        var waiting = await api.PostObjectAsync("/tests/activities", Request(definition, "e1"));

        Assert.Equal("Faulted", (string?)faulted["status"]);
        Assert.Contains("Testfel", (string?)faulted["exception"]!["message"]);
        Assert.Equal("Running", (string?)waiting["status"]);
        Assert.Equal(["Elsa.Event"], waiting["payload"]!["bookmarks"]!.AsArray().Select(b => (string)b!));
        Assert.Equal(0, await InstanceCountAsync(definition));
    }

    [Fact]
    public async Task Should_RefuseOrAnswer404_When_TheRequestIsBadOrNamesNothing()
    {
        var definition = await SaveAsync(ElsaJson.WriteLine("a1", "Hej"));

        var noHandle = await api.PostAsync("/tests/activities", new JsonObject { ["activityHandle"] = new JsonObject { ["activityId"] = "a1" } });
        var noActivity = await api.PostAsync("/tests/activities", new JsonObject { ["workflowDefinitionHandle"] = new JsonObject { ["definitionId"] = "x" } });
        var unknownDefinition = await api.PostAsync("/tests/activities", new JsonObject
        {
            ["workflowDefinitionHandle"] = new JsonObject { ["definitionId"] = "saknas" },
            ["activityHandle"] = new JsonObject { ["activityId"] = "a1" },
        });
        var unknownActivity = await api.PostAsync("/tests/activities", Request(definition, "saknas"));

        Assert.Contains(await DesignerApi.ErrorsAsync(noHandle), m => m.StartsWith("workflowDefinitionHandle:", StringComparison.Ordinal));
        Assert.Contains(await DesignerApi.ErrorsAsync(noActivity), m => m.StartsWith("activityHandle:", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknownDefinition.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownActivity.StatusCode);
    }
}
