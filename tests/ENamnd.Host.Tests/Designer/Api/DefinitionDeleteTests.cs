using System.Net;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api;

public class DefinitionDeleteTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_DeleteEveryVersion_When_DefinitionDeleted()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Radera", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        var definitionId = (string)v1["definitionId"]!;
        await api.SaveAsync(ElsaJson.Edit(v1, m => m["name"] = "Radera 2"));

        var deleted = await api.DeleteAsync($"/workflow-definitions/{definitionId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await api.VersionsAsync(definitionId));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/workflow-definitions/{definitionId}")).StatusCode);
    }

    [Fact]
    public async Task Should_KeepVersionForRunningCases_When_DefinitionDeleted()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Pågående", ElsaJson.Event("e1", "vänta")), publish: true);
        var definitionId = (string)v1["definitionId"]!;
        await factory.Services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest(definitionId));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/workflow-definitions/{definitionId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=LatestOrPublished")).StatusCode);
        var kept = await api.GetObjectAsync($"/workflow-definitions/by-id/{v1["id"]}");
        Assert.False((bool)kept["isPublished"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"/workflow-definition-versions/{v1["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Should_MakePreviousVersionLatest_When_LatestVersionDeleted()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, "Versioner", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        var v2 = await api.SaveAsync(ElsaJson.Edit(v1, m => m["name"] = "Versioner 2"));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/workflow-definition-versions/{v2["id"]}")).StatusCode);

        var latest = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{v1["definitionId"]}");
        Assert.Equal((string?)v1["id"], (string?)latest["id"]);
        Assert.True((bool)latest["isLatest"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/workflow-definition-versions/{v2["id"]}")).StatusCode);
    }
}
