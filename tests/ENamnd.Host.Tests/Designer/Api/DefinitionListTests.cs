using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class DefinitionListTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ReturnPagedListWithRowAndBulkLinks_When_DesignerListLoads()
    {
        var tag = Guid.NewGuid().ToString("N");
        for (var i = 1; i <= 3; i++) await api.SaveAsync(ElsaJson.Chain(null, $"Lista {tag} {i}", ElsaJson.WriteLine("a1", "Hej")));

        var page = await api.GetObjectAsync($"/workflow-definitions?versionOptions=Latest&Page=0&PageSize=2&SearchTerm={tag}&IsSystem=False&OrderDirection=Ascending");

        JsonAssert.HasKeys(page, "items", "totalCount", "links");
        Assert.Equal(3, (int)page["totalCount"]!);
        var items = page["items"]!.AsArray();
        Assert.Equal([$"Lista {tag} 1", $"Lista {tag} 2"], items.Select(i => (string?)i!["name"]));
        JsonAssert.HasLink(page["links"], "bulk-publish", "POST");
        foreach (var item in items)
        {
            JsonAssert.HasKeys(item, "id", "definitionId", "name", "description", "version", "isLatest", "isPublished", "createdAt",
                "materializerName", "isMaterializerAvailable", "links");
            JsonAssert.CamelCase(item);
            JsonAssert.HasLink(item!["links"], "publish", "POST");
        }
        var second = await api.GetObjectAsync($"/workflow-definitions?versionOptions=Latest&Page=1&PageSize=2&SearchTerm={tag}");
        Assert.Equal($"Lista {tag} 3", (string?)Assert.Single(second["items"]!.AsArray())!["name"]);
    }

    [Fact]
    public async Task Should_FilterByDefinitionIdsAndIds_When_Asked()
    {
        var a = await api.SaveAsync(ElsaJson.Chain(null, "Filter A", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        var b = await api.SaveAsync(ElsaJson.Chain(null, "Filter B", ElsaJson.WriteLine("a1", "Hej")));
        await api.SaveAsync(ElsaJson.Edit(a, m => m["name"] = "Filter A2"));

        var published = await api.GetObjectAsync($"/workflow-definitions?versionOptions=Published&DefinitionIds={a["definitionId"]}&DefinitionIds={b["definitionId"]}");
        var byIds = await api.GetObjectAsync($"/workflow-definitions?Ids={a["id"]}&Ids={b["id"]}");

        Assert.Equal([(string?)a["id"]], published["items"]!.AsArray().Select(i => (string?)i!["id"]));
        Assert.Equal(2, (int)byIds["totalCount"]!);
        Assert.Contains(byIds["items"]!.AsArray(), i => (string?)i!["id"] == (string?)a["id"] && !(bool)i["isLatest"]!);
    }

    [Fact]
    public async Task Should_ListVersionHistory_When_AllVersionsOrderedByVersion()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Historik", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        await api.SaveAsync(ElsaJson.Edit(v1, _ => { }), publish: true);
        await api.SaveAsync(ElsaJson.Edit(v1, _ => { }));

        var ascending = await api.GetObjectAsync($"/workflow-definitions?versionOptions=AllVersions&DefinitionIds={v1["definitionId"]}&OrderBy=Version&OrderDirection=Ascending");
        var byDefault = await api.GetObjectAsync($"/workflow-definitions?versionOptions=AllVersions&DefinitionIds={v1["definitionId"]}&OrderBy=Version");

        Assert.Equal([1, 2, 3], ascending["items"]!.AsArray().Select(i => (int)i!["version"]!));
        Assert.Equal([3, 2, 1], byDefault["items"]!.AsArray().Select(i => (int)i!["version"]!));
    }

    [Fact]
    public async Task Should_ReturnNothing_When_SystemWorkflowsAsked()
    {
        await api.SaveAsync(ElsaJson.Chain(null, "Inte system", ElsaJson.WriteLine("a1", "Hej")));

        var page = await api.GetObjectAsync("/workflow-definitions?IsSystem=True");

        Assert.Equal(0, (int)page["totalCount"]!);
        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task Should_TellWhetherNameIsFree_When_NameChecked()
    {
        var name = $"Unikt {Guid.NewGuid():N}";
        var saved = await api.SaveAsync(ElsaJson.Chain(null, name, ElsaJson.WriteLine("a1", "Hej")));

        var taken = await api.GetObjectAsync($"/workflow-definitions/validation/is-name-unique?name={Uri.EscapeDataString(name.ToUpperInvariant())}");
        var own = await api.GetObjectAsync($"/workflow-definitions/validation/is-name-unique?name={Uri.EscapeDataString(name)}&definitionId={saved["definitionId"]}");
        var free = await api.GetObjectAsync($"/workflow-definitions/validation/is-name-unique?name=Ledigt%20{Guid.NewGuid():N}");

        Assert.False((bool)taken["isUnique"]!);
        Assert.True((bool)own["isUnique"]!);
        Assert.True((bool)free["isUnique"]!);
    }

    [Fact]
    public async Task Should_ExportElsaJson_When_Exported()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Export", ElsaJson.WriteLine("a1", "Hej")));

        var response = await api.GetAsync($"/workflow-definitions/{saved["definitionId"]}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var exported = JsonNode.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()))!;
        Assert.Equal((string?)saved["definitionId"], (string?)exported["definitionId"]);
        Assert.Equal("Elsa.WriteLine", (string?)ElsaJson.ActivitiesOf((JsonObject)exported)[0]!["type"]);
    }

    [Fact]
    public async Task Should_ReturnListResponses_When_ManyByIdOrCountAsked()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Många", ElsaJson.WriteLine("a1", "Hej")));

        var many = await api.GetObjectAsync($"/workflow-definitions/many-by-id?ids={saved["id"]}&ids=saknas");
        var count = await api.GetObjectAsync("/workflow-definitions/query/count");

        Assert.Equal(1, (int)many["count"]!);
        JsonAssert.HasObjects(many["items"]![0], "root");
        Assert.True((int)count["count"]! >= 1);
    }
}
