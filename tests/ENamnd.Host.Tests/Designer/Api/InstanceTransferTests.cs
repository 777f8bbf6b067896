using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>
/// Elsa's instance export (<c>GET /workflow-instances/{id}/export</c>, <c>POST /bulk-actions/export/workflow-instances</c>)
/// and import (<c>POST /bulk-actions/import/workflow-instances</c>, also at <c>/workflow-instances/import</c>).
/// </summary>
public class InstanceTransferTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private const string Import = "/bulk-actions/import/workflow-instances";

    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // Starts an instance that waits for eventName and then writes a line and ends.
    private async Task<string> StartWaitingAsync(string eventName)
    {
        var definition = await api.SaveAsync(ElsaJson.Chain(null, $"Flyttas {Guid.NewGuid():N}", ElsaJson.Event("e1", eventName), ElsaJson.WriteLine("a1", "Klart")), publish: true);
        var response = await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject { ["correlationId"] = "2026/15" });
        return (string)(await DesignerApi.ReadObjectAsync(response))["id"]!;
    }

    private async Task<byte[]> ExportAsync(string id)
    {
        var response = await api.GetAsync($"/workflow-instances/{id}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<long[]> SequencesAsync(string id) =>
        [.. (await api.GetObjectAsync($"/workflow-instances/{id}/journal"))["items"]!.AsArray().Select(r => (long)r!["sequence"]!)];

    private Task<HttpResponseMessage> ImportAsync(params (string Name, byte[] Content)[] files) =>
        api.Client.PostAsync(DesignerApi.Base + Import, Uploads.Files(files));

    private async Task<HttpStatusCode> StatusOfAsync(string id) => (await api.GetAsync($"/workflow-instances/{id}")).StatusCode;

    [Fact]
    public async Task Should_ResumeTheImportedInstanceToTheEnd_When_ExportedDeletedAndImported()
    {
        var eventName = $"flyttad-{Guid.NewGuid():N}";
        var id = await StartWaitingAsync(eventName);
        var before = await SequencesAsync(id);
        var response = await api.GetAsync($"/workflow-instances/{id}/export");
        var file = await response.Content.ReadAsByteArrayAsync();
        var export = JsonNode.Parse(file)!.AsObject();

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/workflow-instances/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(id));
        var imported = await DesignerApi.ReadObjectAsync(await ImportAsync(($"workflow-instance-{id}.json", file)));
        var restored = await api.GetObjectAsync($"/workflow-instances/{id}");
        var resumed = await api.PostObjectAsync($"/events/{eventName}/trigger", new JsonObject());
        var after = await SequencesAsync(id);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"workflow-instance-{id.ToLowerInvariant()}.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(id, (string?)export["workflowState"]!["id"]);
        Assert.Equal("Elsa.Event", (string?)Assert.Single(export["bookmarks"]!.AsArray())!["activityTypeName"]);
        Assert.Equal(before.Length, export["workflowExecutionLogRecords"]!.AsArray().Count);
        Assert.NotEmpty(export["activityExecutionRecords"]!.AsArray());
        Assert.Equal(1, (int)imported["imported"]!);
        Assert.Equal(1, (int)imported["count"]!);
        Assert.Equal("Running", (string?)restored["status"]);
        Assert.Equal("2026/15", (string?)restored["correlationId"]);
        Assert.Equal(1, (int)resumed["resumed"]!);
        Assert.Equal("Finished", (string?)(await api.GetObjectAsync($"/workflow-instances/{id}"))["status"]);
        Assert.Equal(before, after.Take(before.Length));
        Assert.True(after.Length > before.Length);
        Assert.Equal(Enumerable.Range(1, after.Length).Select(i => (long)i), after);
    }

    [Fact]
    public async Task Should_ExportAZipOfOneFilePerInstance_When_SeveralAreAsked()
    {
        var first = await StartWaitingAsync($"zip-{Guid.NewGuid():N}");
        var second = await StartWaitingAsync($"zip-{Guid.NewGuid():N}");

        var both = await api.PostAsync("/bulk-actions/export/workflow-instances", new JsonObject { ["ids"] = new JsonArray(first, second, "saknas") });
        var one = await api.PostAsync("/bulk-actions/export/workflow-instances", new JsonObject { ["ids"] = new JsonArray(first) });
        var none = await api.PostAsync("/bulk-actions/export/workflow-instances", new JsonObject { ["ids"] = new JsonArray("saknas") });

        Assert.Equal("application/zip", both.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await both.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal(
            new[] { first, second }.Select(i => $"workflow-instance-{i.ToLowerInvariant()}.json").Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(first, (string?)JsonNode.Parse(await one.Content.ReadAsStringAsync())!["workflowState"]!["id"]);
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
    }

    [Fact]
    public async Task Should_LeaveOutTheJournal_When_TheExportAsksSo()
    {
        var id = await StartWaitingAsync($"utan-{Guid.NewGuid():N}");

        var export = JsonNode.Parse(await (await api.GetAsync($"/workflow-instances/{id}/export?includeWorkflowExecutionLog=false&includeBookmarks=false")).Content.ReadAsStringAsync())!;

        Assert.Null(export["journal"]);
        Assert.Null(export["workflowExecutionLogRecords"]);
        Assert.Null(export["bookmarks"]);
        Assert.NotNull(export["instance"]);
    }

    [Fact]
    public async Task Should_RefuseAndWriteNothing_When_AFileIsBad()
    {
        var id = await StartWaitingAsync($"trasig-{Guid.NewGuid():N}");
        var good = await ExportAsync(id);
        var existing = await ImportAsync(("finns.json", good));
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/workflow-instances/{id}")).StatusCode);
        var elsaOnly = JsonNode.Parse(good)!.AsObject();
        elsaOnly.Remove("instance");
        var otherVersion = JsonNode.Parse(good)!.AsObject();
        otherVersion["instance"]!["definitionVersionId"] = "saknas";
        var gappy = JsonNode.Parse(good)!.AsObject();
        gappy["journal"]!.AsArray().RemoveAt(0);

        var response = await ImportAsync(("hel.json", good), ("inte-json.json", Encoding.UTF8.GetBytes("{ inte json")),
            ("elsa.json", Encoding.UTF8.GetBytes(elsaOnly.ToJsonString())));
        var missingVersion = await ImportAsync(("version.json", Encoding.UTF8.GetBytes(otherVersion.ToJsonString())));
        var withGap = await ImportAsync(("lucka.json", Encoding.UTF8.GetBytes(gappy.ToJsonString())));
        var twice = await ImportAsync(("ett.json", good), ("två.json", good));

        Assert.Contains(await DesignerApi.ErrorsAsync(existing), m => m.StartsWith("finns.json: ", StringComparison.Ordinal) && m.Contains("finns redan"));
        var errors = await DesignerApi.ErrorsAsync(response);
        Assert.Contains(errors, m => m.StartsWith("inte-json.json: är inte giltig JSON", StringComparison.Ordinal));
        // Where the file breaks, in Swedish, without the parser's English text.
        Assert.Contains(errors, m => System.Text.RegularExpressions.Regex.IsMatch(m, @"^inte-json\.json: är inte giltig JSON \(rad 1, tecken \d+\)\.$"));
        Assert.Contains(errors, m => m.StartsWith("elsa.json: saknar instansens tillstånd", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, m => m.StartsWith("hel.json", StringComparison.Ordinal));
        Assert.Contains(await DesignerApi.ErrorsAsync(missingVersion), m => m.StartsWith("version.json: ", StringComparison.Ordinal) && m.Contains("finns inte här"));
        Assert.Contains(await DesignerApi.ErrorsAsync(withGap), m => m.StartsWith("lucka.json: Journalen har luckor", StringComparison.Ordinal));
        Assert.Contains(await DesignerApi.ErrorsAsync(twice), m => m.StartsWith("två.json: ", StringComparison.Ordinal) && m.Contains("flera filer"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Should_ImportTheBody_When_OneExportIsPostedAsJson()
    {
        var id = await StartWaitingAsync($"kropp-{Guid.NewGuid():N}");
        var export = JsonNode.Parse(await ExportAsync(id))!.AsObject();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/workflow-instances/{id}")).StatusCode);

        var imported = await api.PostObjectAsync("/workflow-instances/import", export);
        var empty = await api.Client.PostAsync(DesignerApi.Base + Import, new MultipartFormDataContent { { new StringContent("x"), "annat" } });

        Assert.Equal(1, (int)imported["imported"]!);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(id));
        Assert.Contains(await DesignerApi.ErrorsAsync(empty), m => m == "Inga filer att importera.");
    }

    [Fact]
    public async Task Should_Answer404_When_TheInstanceIsUnknown()
    {
        var response = await api.GetAsync("/workflow-instances/saknas/export");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_AnswerUnauthorized_When_Anonymous()
    {
        using var anonymous = factory.CreateClient();

        var export = await anonymous.GetAsync(DesignerApi.Base + "/workflow-instances/saknas/export");
        var import = await anonymous.PostAsync(DesignerApi.Base + Import, Uploads.Files(("x.json", "{}"u8.ToArray())));

        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
    }
}
