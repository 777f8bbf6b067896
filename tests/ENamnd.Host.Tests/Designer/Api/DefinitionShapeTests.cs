using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class DefinitionShapeTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ReturnElsaWorkflowDefinitionShape_When_LoadedByDefinitionId()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Form", ElsaJson.WriteLine("a1", "Hej"), ElsaJson.WriteLine("a2", "Då")));

        var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{saved["definitionId"]}?versionOptions=Latest");

        JsonAssert.HasKeys(definition, "id", "definitionId", "name", "description", "createdAt", "version", "toolVersion", "isLatest",
            "isPublished", "isReadonly", "materializerName", "providerName", "options", "variables", "inputs", "outputs", "outcomes",
            "customProperties", "root", "links");
        JsonAssert.CamelCase(definition);
        JsonAssert.HasArrays(definition, "variables", "inputs", "outputs", "outcomes", "links");
        JsonAssert.HasObjects(definition, "options", "customProperties", "root");
        JsonAssert.HasKeys(definition["options"], "activationStrategyType", "usableAsActivity", "autoUpdateConsumingWorkflows",
            "activityCategory", "incidentStrategyType", "commitStrategyName");
        Assert.Equal("Json", (string?)definition["materializerName"]);
        Assert.Equal("3.8.0.0", (string?)definition["toolVersion"]);
        Assert.True((bool)definition["isLatest"]!);
        JsonAssert.HasLink(definition["links"], "publish", "POST");
        JsonAssert.HasLink(definition["links"], "retract", "POST");
    }

    [Fact]
    public async Task Should_AddNodeIds_When_DesignerOmitsThem()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Nod-id", ElsaJson.WriteLine("a1", "Hej")));

        var root = saved["root"]!;
        Assert.Equal("Workflow1:fc1", (string?)root["nodeId"]);
        var activity = ElsaJson.ActivitiesOf(saved)[0]!;
        Assert.Equal("Workflow1:fc1:a1", (string?)activity["nodeId"]);
        JsonAssert.HasKeys(activity, "id", "nodeId", "name", "type", "version", "metadata", "customProperties", "text");
        JsonAssert.HasObjects(activity, "metadata", "customProperties");
        Assert.Equal(100, (int)activity["metadata"]!["designer"]!["position"]!["x"]!);
    }

    [Fact]
    public async Task Should_ReturnFullDefinitionWithRootAndLinks_When_Saved()
    {
        var response = await api.SaveRawAsync(ElsaJson.Chain(null, "Svar", ElsaJson.WriteLine("a1", "Hej")));

        var body = await DesignerApi.ReadObjectAsync(response);
        JsonAssert.HasKeys(body, "workflowDefinition", "alreadyPublished", "consumingWorkflowCount");
        Assert.False((bool)body["alreadyPublished"]!);
        Assert.Equal(0, (int)body["consumingWorkflowCount"]!);
        JsonAssert.HasObjects(body["workflowDefinition"], "root", "options");
        JsonAssert.HasLink(body["workflowDefinition"]!["links"], "publish", "POST");
    }

    [Fact]
    public async Task Should_KeepDesignerDataVerbatim_When_SavedAndLoaded()
    {
        var model = ElsaJson.Chain(null, "Verbatim", ElsaJson.WriteLine("a1", "Hej"), ElsaJson.WriteLine("a2", "Då"));
        model["variables"] = new JsonArray(new JsonObject
        {
            ["id"] = "v1", ["name"] = "Belopp", ["typeName"] = "Decimal", ["isArray"] = false, ["value"] = "12.5", ["storageDriverTypeName"] = null,
        });
        model["customProperties"] = new JsonObject { ["ägare"] = "nämnden" };
        ElsaJson.ActivitiesOf(model)[0]!["metadata"]!["displayText"] = "Skriv hälsning";
        model["root"]!["connections"]![0]!["vertices"] = new JsonArray(new JsonObject { ["x"] = 5, ["y"] = 7 });

        var saved = await api.SaveAsync(model);
        var loaded = await api.GetObjectAsync($"/workflow-definitions/by-id/{saved["id"]}");

        JsonAssert.HasKeys(loaded["variables"]![0], "id", "name", "typeName", "isArray", "value", "storageDriverTypeName");
        Assert.Equal("Decimal", (string?)loaded["variables"]![0]!["typeName"]);
        Assert.Equal("nämnden", (string?)loaded["customProperties"]!["ägare"]);
        Assert.Equal("Skriv hälsning", (string?)ElsaJson.ActivitiesOf(loaded)[0]!["metadata"]!["displayText"]);
        Assert.Equal(7, (int)loaded["root"]!["connections"]![0]!["vertices"]![0]!["y"]!);
    }

    [Fact]
    public async Task Should_Answer404_When_DefinitionOrVersionMissing()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/workflow-definitions/by-definition-id/saknas")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/workflow-definitions/by-id/saknas")).StatusCode);
    }

    [Fact]
    public async Task Should_Answer400_When_VersionOptionsUnreadable()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Okänd version", ElsaJson.WriteLine("a1", "Hej")));

        var response = await api.GetAsync($"/workflow-definitions/by-definition-id/{saved["definitionId"]}?versionOptions=Någon");

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.Contains("versionOptions"));
    }
}
