using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>Calls the designer API as Elsa Studio does (JSON bodies, the coordinator key).</summary>
internal sealed class DesignerApi(HttpClient client)
{
    public const string Base = "/elsa/api";

    public HttpClient Client => client;

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(Base + path);

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode? body) =>
        client.PostAsync(Base + path, JsonContent.Create(body ?? new JsonObject()));

    public Task<HttpResponseMessage> DeleteAsync(string path) => client.DeleteAsync(Base + path);

    public async Task<JsonObject> GetObjectAsync(string path) => await ReadObjectAsync(await GetAsync(path));

    public async Task<JsonObject> PostObjectAsync(string path, JsonNode? body) => await ReadObjectAsync(await PostAsync(path, body));

    public Task<HttpResponseMessage> SaveRawAsync(JsonObject model, bool publish = false) =>
        PostAsync("/workflow-definitions", new JsonObject { ["model"] = model.DeepClone(), ["publish"] = publish });

    /// <summary>Saves and returns the <c>workflowDefinition</c> of the answer.</summary>
    public async Task<JsonObject> SaveAsync(JsonObject model, bool publish = false) =>
        (JsonObject)(await ReadObjectAsync(await SaveRawAsync(model, publish)))["workflowDefinition"]!;

    /// <summary>The versions of a definition the options select, as the list returns them (newest first).</summary>
    public async Task<List<JsonObject>> VersionsAsync(string definitionId, string versionOptions = "AllVersions")
    {
        var page = await GetObjectAsync($"/workflow-definitions?versionOptions={versionOptions}&DefinitionIds={definitionId}&OrderBy=Version&OrderDirection=Descending");
        return [.. page["items"]!.AsArray().Select(i => (JsonObject)i!)];
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>The messages of a 400 answer, read the way the designer's Refit client reads problem+json.</summary>
    public static async Task<string[]> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var errors = Assert.IsType<JsonObject>(problem["errors"]);
        return [.. errors.SelectMany(p => p.Value!.AsArray().Select(m => (string)m!))];
    }
}
