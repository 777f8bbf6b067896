using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>GET /workflow-definitions/subgraph/{id}</c> and <c>…/subgraph/segments/{id}</c>: drilling into containers.</summary>
public class SubgraphTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // A flowchart with an If whose Then holds a sequence with a WriteLine; returns the saved version.
    private async Task<JsonObject> SaveNestedAsync()
    {
        var inner = ElsaJson.WriteLine("w1", "Inne");
        var sequence = ElsaJson.Activity("s1", "Elsa.Sequence", new JsonObject { ["activities"] = new JsonArray(inner) });
        var condition = ElsaJson.Activity("if1", "Elsa.If", new JsonObject
        {
            ["condition"] = new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "true" } },
            ["then"] = sequence,
        });
        return await api.SaveAsync(ElsaJson.Chain(null, $"Nästlad {Guid.NewGuid():N}", condition));
    }

    [Fact]
    public async Task Should_ReturnTheNodeWithWhatItHolds_When_ANodeIdIsGiven()
    {
        var saved = await SaveNestedAsync();

        var node = await api.GetObjectAsync($"/workflow-definitions/subgraph/{saved["id"]}?parentNodeId=Workflow1:fc1:if1");
        var root = await api.GetObjectAsync($"/workflow-definitions/subgraph/{saved["id"]}");

        Assert.Equal("Workflow1:fc1:if1", (string?)node["nodeId"]);
        Assert.Equal("Activities", (string?)node["port"]);
        Assert.Equal("Elsa.WriteLine", (string?)node["activity"]!["then"]!["activities"]![0]!["type"]);
        Assert.Equal("Workflow1:fc1", (string?)root["nodeId"]);
        Assert.Null(root["port"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/workflow-definitions/subgraph/saknas")).StatusCode);
    }

    [Fact]
    public async Task Should_IncludeTheWorkflowANodeRuns_When_ItIsAWorkflowNode()
    {
        var p = $"sub{Guid.NewGuid():N}"[..12];
        var sub = ElsaJson.Chain($"{p}-sub", $"{p}Sub", ElsaJson.WriteLine("w1", "Från sub"));
        sub["id"] = $"{p}-sub-v1";
        sub["options"] = new JsonObject { ["usableAsActivity"] = true };
        sub["isPublished"] = true;
        await api.PostObjectAsync("/workflow-definitions/import", sub);
        var node = new JsonObject { ["workflowDefinitionId"] = $"{p}-sub", ["workflowDefinitionVersionId"] = $"{p}-sub-v1", ["id"] = "n1", ["type"] = $"{p}Sub", ["version"] = 1 };
        var main = await api.SaveAsync(ElsaJson.Chain(null, $"{p}Main", node));

        var subgraph = await api.GetObjectAsync($"/workflow-definitions/subgraph/{main["id"]}?parentNodeId=Workflow1:fc1:n1");

        Assert.Null(ElsaJson.ActivitiesOf(main)[0]!["root"]);
        Assert.Equal("Workflow1:fc1:n1", (string?)subgraph["nodeId"]);
        Assert.Equal("Elsa.WriteLine", (string?)subgraph["activity"]!["root"]!["root"]!["activities"]![0]!["type"]);
    }

    [Fact]
    public async Task Should_ListTheContainersOnThePath_When_SegmentsAreAskedFor()
    {
        var saved = await SaveNestedAsync();

        var deep = await api.GetObjectAsync($"/workflow-definitions/subgraph/segments/{saved["id"]}?childNodeId=Workflow1:fc1:if1:s1:w1");
        var top = await api.GetObjectAsync($"/workflow-definitions/subgraph/segments/{saved["id"]}?childNodeId=Workflow1:fc1:if1");
        var unknown = await api.GetAsync($"/workflow-definitions/subgraph/segments/{saved["id"]}?childNodeId=saknas");

        var segments = deep["pathSegments"]!.AsArray();
        Assert.Equal(["if1:Then", "s1:Activities"], segments.Select(s => $"{s!["activityId"]}:{s["portName"]}"));
        Assert.Equal("Elsa.Sequence", (string?)deep["container"]!["activity"]!["type"]);
        Assert.Equal("Workflow1:fc1:if1:s1:w1", (string?)deep["childNode"]!["nodeId"]);
        Assert.Empty(top["pathSegments"]!.AsArray());
        Assert.Equal("Workflow1:fc1", (string?)top["container"]!["nodeId"]);
        Assert.Contains(await DesignerApi.ErrorsAsync(unknown), m => m.StartsWith("childNodeId"));
    }
}
