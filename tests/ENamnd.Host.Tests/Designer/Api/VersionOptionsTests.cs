using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class VersionOptionsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // v1 neither latest nor published, v2 published, v3 the latest draft.
    private async Task<string> ThreeVersionsAsync()
    {
        var v1 = await api.SaveAsync(ElsaJson.Chain(null, $"Versioner {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Ett")), publish: true);
        var v2 = await api.SaveAsync(ElsaJson.Edit(v1, _ => { }), publish: true);
        await api.SaveAsync(ElsaJson.Edit(v2, _ => { }));
        return (string)v1["definitionId"]!;
    }

    [Theory]
    [InlineData("Latest", new[] { 3 })]
    [InlineData("Published", new[] { 2 })]
    [InlineData("LatestOrPublished", new[] { 3, 2 })]
    [InlineData("LatestAndPublished", new int[0])]
    [InlineData("Draft", new[] { 3, 1 })]
    [InlineData("AllVersions", new[] { 3, 2, 1 })]
    [InlineData("2", new[] { 2 })]
    [InlineData("latest", new[] { 3 })]
    public async Task Should_SelectVersionsLikeElsa_When_Listing(string versionOptions, int[] expected)
    {
        var definitionId = await ThreeVersionsAsync();

        var versions = await api.VersionsAsync(definitionId, versionOptions);

        Assert.Equal(expected, versions.Select(v => (int)v["version"]!));
    }

    [Theory]
    [InlineData("Latest", 3)]
    [InlineData("Published", 2)]
    [InlineData("LatestOrPublished", 3)]
    [InlineData("Draft", 3)]
    [InlineData("AllVersions", 3)]
    [InlineData("1", 1)]
    [InlineData("", 3)]
    public async Task Should_ReturnNewestSelectedVersion_When_LoadedByDefinitionId(string versionOptions, int expected)
    {
        var definitionId = await ThreeVersionsAsync();

        var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions={versionOptions}");

        Assert.Equal(expected, (int)definition["version"]!);
    }

    [Fact]
    public async Task Should_FindLatestAndPublished_Only_When_LatestIsPublished()
    {
        var definitionId = await ThreeVersionsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=LatestAndPublished")).StatusCode);

        await api.PostObjectAsync($"/workflow-definitions/{definitionId}/publish", new JsonObject());

        var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=LatestAndPublished");
        Assert.Equal(3, (int)definition["version"]!);
    }
}
