using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api;

public class DraftPublishRulesTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_CreateVersion1Draft_When_SavedWithoutIds()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, $"Ny {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej")));

        Assert.False(string.IsNullOrEmpty((string?)saved["id"]));
        Assert.False(string.IsNullOrEmpty((string?)saved["definitionId"]));
        Assert.Equal(1, (int)saved["version"]!);
        Assert.True((bool)saved["isLatest"]!);
        Assert.False((bool)saved["isPublished"]!);
        JsonAssert.HasLink(saved["links"], "publish", "POST");
    }

    [Fact]
    public async Task Should_KeepSuppliedDefinitionId_When_Created()
    {
        var definitionId = $"def-{Guid.NewGuid():N}";

        var saved = await api.SaveAsync(ElsaJson.Chain(definitionId, "Med id", ElsaJson.WriteLine("a1", "Hej")));

        Assert.Equal(definitionId, (string?)saved["definitionId"]);
    }

    [Fact]
    public async Task Should_OverwriteDraft_When_LatestIsUnpublished()
    {
        var first = await api.SaveAsync(ElsaJson.Chain(null, "Utkast", ElsaJson.WriteLine("a1", "Hej")));

        var second = await api.SaveAsync(ElsaJson.Edit(first, m => m["name"] = "Utkast ändrat"));

        Assert.Equal((string?)first["id"], (string?)second["id"]);
        Assert.Equal(1, (int)second["version"]!);
        Assert.Equal("Utkast ändrat", (string?)second["name"]);
        Assert.Single(await api.VersionsAsync((string)first["definitionId"]!));
    }

    [Fact]
    public async Task Should_FollowElsaVersionRules_When_SavingAndPublishing()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Regler", ElsaJson.WriteLine("a1", "Hej")));
        var definitionId = (string)v1["definitionId"]!;

        var published = await api.SaveAsync(ElsaJson.Edit(v1, _ => { }), publish: true);
        Assert.Equal((string?)v1["id"], (string?)published["id"]);
        Assert.True((bool)published["isPublished"]! && (bool)published["isLatest"]!);

        var v2 = await api.SaveAsync(ElsaJson.Edit(published, m => m["name"] = "Regler v2"));
        Assert.Equal(2, (int)v2["version"]!);
        Assert.NotEqual((string?)v1["id"], (string?)v2["id"]);
        Assert.True((bool)v2["isLatest"]!);
        Assert.False((bool)v2["isPublished"]!);
        var old = await api.GetObjectAsync($"/workflow-definitions/by-id/{v1["id"]}");
        Assert.True((bool)old["isPublished"]!);
        Assert.False((bool)old["isLatest"]!);

        var publishedV2 = await api.PostObjectAsync($"/workflow-definitions/{definitionId}/publish", new JsonObject());
        Assert.False((bool)publishedV2["alreadyPublished"]!);
        Assert.Equal(2, (int)publishedV2["workflowDefinition"]!["version"]!);
        old = await api.GetObjectAsync($"/workflow-definitions/by-id/{v1["id"]}");
        Assert.False((bool)old["isPublished"]!);
        Assert.False((bool)old["isLatest"]!);

        var again = await api.PostObjectAsync($"/workflow-definitions/{definitionId}/publish", new JsonObject());
        Assert.True((bool)again["alreadyPublished"]!);
    }

    [Fact]
    public async Task Should_NeverChangeVersion1_When_CodeDeclaredWorkflowIsEdited()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Kod", ElsaJson.WriteLine("a1", "Original")), publish: true);

        var v2 = await api.SaveAsync(ElsaJson.Edit(v1, m => ElsaJson.ActivitiesOf(m)[0]!["text"]!["expression"]!["value"] = "Ändrad"));

        Assert.Equal(2, (int)v2["version"]!);
        var stored = await api.GetObjectAsync($"/workflow-definitions/by-id/{v1["id"]}");
        Assert.Equal("Original", (string?)ElsaJson.ActivitiesOf(stored)[0]!["text"]!["expression"]!["value"]);
    }

    [Fact]
    public async Task Should_RequirePublishedVersion_When_Retracting()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, "Avpublicera", ElsaJson.WriteLine("a1", "Hej")));
        var definitionId = (string)draft["definitionId"]!;

        var refused = await api.PostAsync($"/workflow-definitions/{definitionId}/retract", new JsonObject());
        Assert.Contains(await DesignerApi.ErrorsAsync(refused), m => m.Contains("ingen publicerad version"));

        await api.PostObjectAsync($"/workflow-definitions/{definitionId}/publish", new JsonObject());
        var retracted = await api.PostObjectAsync($"/workflow-definitions/{definitionId}/retract", new JsonObject());
        Assert.False((bool)retracted["isPublished"]!);
        Assert.True((bool)retracted["isLatest"]!);
        JsonAssert.HasLink(retracted["links"], "publish", "POST");
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/workflow-definitions/saknas/retract", new JsonObject())).StatusCode);
    }

    [Fact]
    public async Task Should_StartPublishedVersion_And_KeepRunningCasesOnTheirs_When_NewVersionPublished()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Ärenden", ElsaJson.Event("e1", "klart")), publish: true);
        var definitionId = (string)v1["definitionId"]!;
        var runtime = factory.Services.GetRequiredService<IWorkflowRuntime>();
        var running = (await runtime.StartAsync(new StartWorkflowRequest(definitionId))).Instance;

        await api.SaveAsync(ElsaJson.Edit(v1, m => ElsaJson.ActivitiesOf(m).Add(ElsaJson.WriteLine("w1", "Ny"))), publish: true);
        var next = (await runtime.StartAsync(new StartWorkflowRequest(definitionId))).Instance;

        Assert.Equal(1, running.Version);
        Assert.Equal(2, next.Version);
        var stillRunning = await api.GetObjectAsync($"/workflow-instances/{running.Id}");
        Assert.Equal((string?)v1["id"], (string?)stillRunning["definitionVersionId"]);
        Assert.Equal(1, (int)stillRunning["version"]!);
    }

    [Fact]
    public async Task Should_SaveNewVersion_When_DraftIsRunByAnInstance()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, "Provkörning", ElsaJson.Event("e1", "vänta")));
        var run = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/execute", new JsonObject { ["versionOptions"] = "Latest" });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);

        var edited = await api.SaveAsync(ElsaJson.Edit(draft, m => m["name"] = "Provkörning 2"));

        Assert.Equal(2, (int)edited["version"]!);
        var tried = await api.GetObjectAsync($"/workflow-definitions/by-id/{draft["id"]}");
        Assert.Equal("Provkörning", (string?)tried["name"]);
        Assert.False((bool)tried["isLatest"]!);
    }

    [Fact]
    public async Task Should_CopyOldVersionAsNewDraft_When_Reverted()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Återställ", ElsaJson.WriteLine("a1", "Ett")), publish: true);
        var definitionId = (string)v1["definitionId"]!;
        await api.SaveAsync(ElsaJson.Edit(v1, m => m["name"] = "Återställ 2"), publish: true);

        var reverted = await api.PostObjectAsync($"/workflow-definitions/{definitionId}/revert/1", null);

        Assert.Equal(3, (int)reverted["version"]!);
        Assert.True((bool)reverted["isLatest"]!);
        Assert.False((bool)reverted["isPublished"]!);
        JsonAssert.HasLink(reverted["links"], "publish", "POST");
        var latest = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{definitionId}");
        Assert.Equal("Återställ", (string?)latest["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/workflow-definitions/{definitionId}/revert/9", null)).StatusCode);
    }
}
