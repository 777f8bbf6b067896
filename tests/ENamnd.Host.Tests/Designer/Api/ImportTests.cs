using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>
/// <c>POST /workflow-definitions/import</c> (the editor's import of one exported definition) and
/// <c>POST /workflow-definitions/import-files</c> (the list's import of JSON and ZIP files).
/// </summary>
public class ImportTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ImportAnExportAsTheNextVersion_When_TheDefinitionExists()
    {
        var published = await api.SaveAsync(ElsaJson.Chain(null, "Exporterad", ElsaJson.WriteLine("a1", "Hej")), publish: true);
        var definitionId = (string)published["definitionId"]!;
        var export = await (await api.GetAsync($"/workflow-definitions/{definitionId}/export")).Content.ReadAsStringAsync();
        var edited = JsonNode.Parse(export)!.AsObject();
        edited["description"] = "Importerad från en annan miljö";

        var imported = await api.PostObjectAsync("/workflow-definitions/import", edited);

        Assert.Equal(definitionId, (string?)imported["definitionId"]);
        Assert.Equal(2, (int)imported["version"]!);
        Assert.True((bool)imported["isPublished"]!);
        Assert.Equal("Importerad från en annan miljö", (string?)imported["description"]);
        Assert.Equal(["a1"], ElsaJson.ActivitiesOf(imported).Select(a => (string)a!["id"]!));
        Assert.NotNull(imported["links"]);
        Assert.Equal([2, 1], (await api.VersionsAsync(definitionId)).Select(v => (int)v["version"]!));
    }

    [Fact]
    public async Task Should_RefuseAndSaveNothing_When_TheImportedDefinitionIsInvalid()
    {
        var model = ElsaJson.Chain("import-utan-typ", "Utan typ", new JsonObject { ["id"] = "a1", ["version"] = 1 });

        var response = await api.PostAsync("/workflow-definitions/import", model);

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.Contains("saknar type"));
        Assert.Empty(await api.VersionsAsync("import-utan-typ"));
    }

    [Fact]
    public async Task Should_ImportAndWarn_When_AnActivityTypeIsUnknown()
    {
        var model = ElsaJson.Chain("import-okand-typ", "Okänd typ", ElsaJson.Activity("a1", "Acme.Saknas"));

        var imported = await api.PostObjectAsync("/workflow-definitions/import", model);

        Assert.Contains("'Acme.Saknas' version 1 finns inte i motorn", (string?)Assert.Single(imported["warnings"]!.AsArray()));
        Assert.Equal("Acme.Saknas", (string?)ElsaJson.ActivitiesOf(imported)[0]!["type"]);
        Assert.Single(await api.VersionsAsync("import-okand-typ"));
    }

    [Fact]
    public async Task Should_ImportUnderTheDefinitionsPath_When_PutOrPostedThere()
    {
        var definitionId = $"import-adress-{Guid.NewGuid():N}";
        // Published, as an export of a published version is: each import then becomes a new version.
        JsonObject Published(string? id, string name)
        {
            var model = ElsaJson.Chain(id, name, ElsaJson.WriteLine("a1", "Hej"));
            model["isPublished"] = true;
            return model;
        }

        var put = await api.Client.PutAsync($"{DesignerApi.Base}/workflow-definitions/{definitionId}/import", JsonContent.Create(Published(null, "Under sin adress")));
        var again = await api.PostObjectAsync($"/workflow-definitions/{definitionId}/import", Published(definitionId, "Igen"));
        var plainPut = await api.Client.PutAsync($"{DesignerApi.Base}/workflow-definitions/import", JsonContent.Create(Published(definitionId, "Med PUT")));
        var elsewhere = await api.PostAsync("/workflow-definitions/annat-id/import", Published(definitionId, "Fel adress"));

        Assert.Equal(definitionId, (string?)(await DesignerApi.ReadObjectAsync(put))["definitionId"]);
        Assert.Equal(2, (int)again["version"]!);
        Assert.Equal(3, (int)(await DesignerApi.ReadObjectAsync(plainPut))["version"]!);
        Assert.Contains(await DesignerApi.ErrorsAsync(elsewhere), m => m.StartsWith("definitionId:", StringComparison.Ordinal) && m.Contains("annat-id"));
        Assert.Equal([3, 2, 1], (await api.VersionsAsync(definitionId)).Select(v => (int)v["version"]!));
        Assert.Empty(await api.VersionsAsync("annat-id"));
    }

    [Fact]
    public async Task Should_ImportEveryDefinition_When_JsonAndZipFilesAreSent()
    {
        var first = ElsaJson.Chain("import-fil-1", "Importerad fil 1", ElsaJson.WriteLine("a1", "1"));
        var second = ElsaJson.Chain("import-fil-2", "Importerad fil 2", ElsaJson.WriteLine("a1", "2"));
        second["isPublished"] = true;
        var third = ElsaJson.Chain("import-fil-3", "Importerad fil 3", ElsaJson.WriteLine("a1", "3"));

        var response = await api.Client.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files",
            Files(("ett.json", Json(first)), ("fler.zip", Zip(("andra.json", second), ("tredje.json", third)))));

        Assert.Equal(3, (int)(await DesignerApi.ReadObjectAsync(response))["count"]!);
        Assert.False((bool)(await api.VersionsAsync("import-fil-1"))[0]["isPublished"]!);
        Assert.True((bool)(await api.VersionsAsync("import-fil-2"))[0]["isPublished"]!);
        Assert.Single(await api.VersionsAsync("import-fil-3"));
    }

    [Fact]
    public async Task Should_ImportNoneAndNameTheFile_When_OneFileIsBad()
    {
        var good = ElsaJson.Chain("import-hel", "Hel", ElsaJson.WriteLine("a1", "1"));
        var dangling = ElsaJson.Model("import-trasig", "Trasig", [ElsaJson.WriteLine("a1", "1")], [ElsaJson.Connection("a1", "borta")]);
        dangling["isPublished"] = true;

        var response = await api.Client.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files",
            Files(("hel.json", Json(good)), ("trasig.json", Json(dangling)), ("inte-json.json", Encoding.UTF8.GetBytes("{ inte json"))));

        var errors = await DesignerApi.ErrorsAsync(response);
        Assert.Contains(errors, m => m.StartsWith("inte-json.json: är inte giltig JSON", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, m => m.StartsWith("hel.json", StringComparison.Ordinal));
        Assert.Empty(await api.VersionsAsync("import-hel"));

        var onlyDangling = await api.Client.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files", Files(("hel.json", Json(good)), ("trasig.json", Json(dangling))));

        Assert.Contains(await DesignerApi.ErrorsAsync(onlyDangling), m => m.StartsWith("trasig.json: ", StringComparison.Ordinal) && m.Contains("'borta', som inte finns"));
        Assert.Empty(await api.VersionsAsync("import-hel"));
        Assert.Empty(await api.VersionsAsync("import-trasig"));
    }

    [Fact]
    public async Task Should_AnswerInSwedish_When_NoFilesAreSent()
    {
        var notMultipart = await api.PostAsync("/workflow-definitions/import-files", new JsonObject());
        var noFiles = await api.Client.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files", new MultipartFormDataContent { { new StringContent("x"), "annat" } });
        var badZip = await api.Client.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files", Files(("trasig.zip", [1, 2, 3])));

        Assert.Contains(await DesignerApi.ErrorsAsync(notMultipart), m => m.Contains("multipart/form-data"));
        Assert.Contains(await DesignerApi.ErrorsAsync(noFiles), m => m == "Inga filer att importera.");
        Assert.Contains(await DesignerApi.ErrorsAsync(badZip), m => m == "trasig.zip: är ingen giltig ZIP-fil.");
    }

    [Fact]
    public async Task Should_AnswerUnauthorized_When_Anonymous()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsync(DesignerApi.Base + "/workflow-definitions/import-files",
            Files(("ett.json", Json(ElsaJson.Chain("import-anonym", "Anonym", ElsaJson.WriteLine("a1", "1"))))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await api.VersionsAsync("import-anonym"));
    }

    private static byte[] Json(JsonObject model) => Encoding.UTF8.GetBytes(model.ToJsonString());

    private static byte[] Zip(params (string Name, JsonObject Model)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, model) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Json(model));
            }
        }
        return buffer.ToArray();
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files) => Uploads.Files(files);
}
