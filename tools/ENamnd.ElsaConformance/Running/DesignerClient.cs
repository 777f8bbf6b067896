using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Running;

/// <summary>The designer API (<c>/elsa/api</c>) as the harness uses it: import, publish, execute, read instances.</summary>
public sealed class DesignerClient(HttpClient client)
{
    /// <summary>The designer API's base path.</summary>
    public const string Base = "/elsa/api";

    private const int PageSize = 1000;

    /// <summary>A GET on the designer API.</summary>
    public async Task<ApiAnswer> GetAsync(string path, CancellationToken ct) =>
        await ApiAnswer.ReadAsync(await client.GetAsync(Base + path, ct), ct);

    /// <summary>A POST of JSON on the designer API.</summary>
    public async Task<ApiAnswer> PostAsync(string path, JsonNode? body, CancellationToken ct) =>
        await ApiAnswer.ReadAsync(await client.PostAsync(Base + path, ApiAnswer.Json(body), ct), ct);

    /// <summary>Imports one exported definition, as the editor's Import does (<c>POST /workflow-definitions/import</c>).</summary>
    public Task<ApiAnswer> ImportAsync(JsonObject model, CancellationToken ct) => PostAsync("/workflow-definitions/import", model, ct);

    /// <summary>Publishes the latest version of a definition.</summary>
    public Task<ApiAnswer> PublishAsync(string definitionId, CancellationToken ct) =>
        PostAsync($"/workflow-definitions/{Uri.EscapeDataString(definitionId)}/publish", new JsonObject(), ct);

    /// <summary>Starts a definition as the designer's Run does; the answer is the instance.</summary>
    public Task<ApiAnswer> ExecuteAsync(string definitionId, string versionOptions, JsonObject? input, CancellationToken ct) =>
        PostAsync($"/workflow-definitions/{Uri.EscapeDataString(definitionId)}/execute",
            new JsonObject { ["versionOptions"] = versionOptions, ["input"] = input?.DeepClone() }, ct);

    /// <summary>One instance with its workflow state; null when it cannot be read.</summary>
    public async Task<JsonObject?> InstanceAsync(string id, CancellationToken ct) =>
        (await GetAsync($"/workflow-instances/{Uri.EscapeDataString(id)}", ct)).Body as JsonObject;

    /// <summary>The ids of every instance, oldest first.</summary>
    public async Task<IReadOnlyList<string>> InstanceIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        for (var page = 0; ; page++)
        {
            var answer = await GetAsync($"/workflow-instances?Page={page}&PageSize={PageSize}&OrderBy=Created&OrderDirection=Ascending", ct);
            var items = (answer.Body as JsonObject)?["items"] as JsonArray ?? [];
            ids.AddRange(items.Select(i => (string?)i?["id"]).OfType<string>());
            if (items.Count < PageSize) return ids;
        }
    }

    /// <summary>An instance's journal records, in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> JournalAsync(string id, CancellationToken ct)
    {
        var records = new List<JsonObject>();
        while (true)
        {
            var answer = await GetAsync($"/workflow-instances/{Uri.EscapeDataString(id)}/journal?skip={records.Count}&take={PageSize}", ct);
            var items = (answer.Body as JsonObject)?["items"] as JsonArray ?? [];
            records.AddRange(items.OfType<JsonObject>());
            if (items.Count < PageSize) return records;
        }
    }

    /// <summary>An instance's activity execution records, as the Studio's journal and details panel read them.</summary>
    public async Task<IReadOnlyList<JsonObject>> ActivityExecutionsAsync(string id, CancellationToken ct)
    {
        var answer = await GetAsync($"/activity-executions/list?workflowInstanceId={Uri.EscapeDataString(id)}", ct);
        return [.. ((answer.Body as JsonObject)?["items"] as JsonArray ?? []).OfType<JsonObject>()];
    }

    /// <summary>An instance's variables by name.</summary>
    public async Task<JsonObject> VariablesAsync(string id, CancellationToken ct)
    {
        var answer = await GetAsync($"/workflow-instances/{Uri.EscapeDataString(id)}/variables", ct);
        var variables = new JsonObject();
        foreach (var item in ((answer.Body as JsonObject)?["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)item["name"] is { } name) variables[name] = item["value"]?.DeepClone();
        }
        return variables;
    }
}
