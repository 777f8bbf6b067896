using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class BulkActionTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private async Task<string> DraftAsync(string name) =>
        (string)(await api.SaveAsync(ElsaJson.Chain(null, name, ElsaJson.WriteLine("a1", "Hej"))))["definitionId"]!;

    [Fact]
    public async Task Should_PublishAndRetractEach_When_BulkActionsRun()
    {
        var a = await DraftAsync("Bulk A");
        var b = await DraftAsync("Bulk B");

        var published = await api.PostObjectAsync("/bulk-actions/publish/workflow-definitions/by-definition-ids",
            new JsonObject { ["definitionIds"] = new JsonArray(a, b, "saknas") });
        var again = await api.PostObjectAsync("/bulk-actions/publish/workflow-definitions/by-definition-ids",
            new JsonObject { ["definitionIds"] = new JsonArray(a) });
        var retracted = await api.PostObjectAsync("/bulk-actions/retract/workflow-definitions/by-definition-ids",
            new JsonObject { ["definitionIds"] = new JsonArray(a, b, "saknas") });
        var retractedAgain = await api.PostObjectAsync("/bulk-actions/retract/workflow-definitions/by-definition-ids",
            new JsonObject { ["definitionIds"] = new JsonArray(a) });

        JsonAssert.HasArrays(published, "published", "alreadyPublished", "notFound", "updatedConsumers");
        Assert.Equal([a, b], published["published"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["saknas"], published["notFound"]!.AsArray().Select(x => (string?)x));
        Assert.Equal([a], again["alreadyPublished"]!.AsArray().Select(x => (string?)x));
        JsonAssert.HasArrays(retracted, "retracted", "alreadyRetracted", "notFound");
        Assert.Equal([a, b], retracted["retracted"]!.AsArray().Select(x => (string?)x));
        Assert.Equal([a], retractedAgain["alreadyRetracted"]!.AsArray().Select(x => (string?)x));
    }

    [Fact]
    public async Task Should_DeleteDefinitionsAndVersions_When_BulkDeleted()
    {
        var a = await DraftAsync("Bulk radera A");
        var b = await api.SaveAsync(ElsaJson.Chain(null, "Bulk radera B", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        var b2 = await api.SaveAsync(ElsaJson.Edit(b, _ => { }));

        var byDefinition = await api.PostObjectAsync("/bulk-actions/delete/workflow-definitions/by-definition-id",
            new JsonObject { ["definitionIds"] = new JsonArray(a) });
        var byId = await api.PostObjectAsync("/bulk-actions/delete/workflow-definitions/by-id",
            new JsonObject { ["ids"] = new JsonArray((string?)b2["id"], "saknas") });

        Assert.Equal(1, (int)byDefinition["deleted"]!);
        Assert.Equal(1, (int)byId["deleted"]!);
        Assert.Empty(await api.VersionsAsync(a));
        var remaining = Assert.Single(await api.VersionsAsync((string)b["definitionId"]!));
        Assert.True((bool)remaining["isLatest"]!);
    }
}
