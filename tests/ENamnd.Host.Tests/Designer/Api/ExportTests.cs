using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>GET /workflow-definitions/{id}/export</c> (with the workflows that use it) and <c>POST /bulk-actions/export/workflow-definitions</c>.</summary>
public class ExportTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // A usable workflow and one that uses it; returns the prefix of their ids.
    private async Task<string> ImportPairAsync()
    {
        var p = $"exp{Guid.NewGuid():N}"[..12];
        var used = ElsaJson.Chain($"{p}-barn", $"{p}Barn", ElsaJson.WriteLine("w1", "Barn"));
        used["id"] = $"{p}-barn-v1";
        used["isPublished"] = true;
        used["options"] = new JsonObject { ["usableAsActivity"] = true };
        await api.PostObjectAsync("/workflow-definitions/import", used);
        var node = new JsonObject { ["workflowDefinitionId"] = $"{p}-barn", ["workflowDefinitionVersionId"] = $"{p}-barn-v1", ["id"] = "n1", ["type"] = $"{p}Barn", ["version"] = 1 };
        var user = ElsaJson.Chain($"{p}-anv", $"{p}Anv", node);
        user["id"] = $"{p}-anv-v1";
        await api.PostObjectAsync("/workflow-definitions/import", user);
        return p;
    }

    private static async Task<string[]> EntriesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Should_ExportAZipWithTheConsumers_When_IncludeConsumingWorkflowsIsAsked()
    {
        var p = await ImportPairAsync();

        var alone = await api.GetAsync($"/workflow-definitions/{p}-barn/export");
        var withConsumers = await api.GetAsync($"/workflow-definitions/{p}-barn/export?includeConsumingWorkflows=true");

        Assert.Equal("application/json", alone.Content.Headers.ContentType?.MediaType);
        Assert.Equal([$"{p}Anv-v1.json", $"{p}Barn-v1.json"], await EntriesAsync(withConsumers));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-definitions/{p}-saknas/export?includeConsumingWorkflows=true")).StatusCode);
        Assert.NotEmpty(await DesignerApi.ErrorsAsync(await api.GetAsync($"/workflow-definitions/{p}-barn/export?versionOptions=Nyast")));
    }

    [Fact]
    public async Task Should_ExportTheNamedVersions_When_BulkExported()
    {
        var p = await ImportPairAsync();

        var both = await api.PostAsync("/bulk-actions/export/workflow-definitions", new JsonObject { ["ids"] = new JsonArray($"{p}-barn-v1", $"{p}-anv-v1", "saknas") });
        var withConsumers = await api.PostAsync("/bulk-actions/export/workflow-definitions",
            new JsonObject { ["ids"] = new JsonArray($"{p}-barn-v1"), ["includeConsumingWorkflows"] = true });
        var none = await api.PostAsync("/bulk-actions/export/workflow-definitions", new JsonObject { ["ids"] = new JsonArray("saknas") });

        Assert.Equal([$"{p}Anv-v1.json", $"{p}Barn-v1.json"], await EntriesAsync(both));
        Assert.Equal([$"{p}Anv-v1.json", $"{p}Barn-v1.json"], await EntriesAsync(withConsumers));
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
    }
}
