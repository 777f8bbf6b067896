using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>The things the suite's paths and bodies name, made through the API as a coordinator would make them.</summary>
public sealed class BadInputData
{
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    /// <summary>Makes a person, a workflow, a case with a task, a meeting with an agenda item, a contract and a plan.</summary>
    public static async Task<BadInputData> CreateAsync(HttpClient coordinator)
    {
        var data = new BadInputData();
        data.ids["participant"] = await IdAsync(coordinator, "/api/participants",
            """{"name":"Justerare Exempel","email":"justerare.exempel@example.org","municipality":"Kiruna","roles":[{"role":"ledamot"}]}""");
        data.ids["definition"] = "felinmatning";
        await PostAsync(coordinator, "/api/definitions", Fill(BodyEndpoint.All.Single(e => e.Path == "/api/definitions").Example, data.ids));
        var created = await PostAsync(coordinator, "/api/cases", """{"title":"Gemensam e-tjänst","caseNumber":"2031/1-2.2.0.1","initiatingMunicipalities":["Luleå","Boden"]}""");
        data.ids["case"] = (string)created["id"]!;
        data.ids["caseNumber"] = "2031/1-2.2.0.1";
        var tasks = await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks?caseNumber=2031%2F1-2.2.0.1");
        data.ids["task"] = (string)tasks![0]!["id"]!;
        data.ids["meeting"] = await IdAsync(coordinator, "/api/meetings", """{"body":"Nämnd","date":"2031-03-19","start":"13:00","end":"15:00","location":"Kommunhuset"}""");
        data.ids["item"] = await IdAsync(coordinator, $"/api/meetings/{data.ids["meeting"]}/agenda", """{"title":"Beslut om förstudie","caseNumber":"2031/1-2.2.0.1","kind":"Beslut"}""");
        data.ids["contract"] = await IdAsync(coordinator, "/api/contracts", Fill(BodyEndpoint.All.Single(e => e.Path == "/api/contracts").Example, data.ids));
        data.ids["plan"] = await IdAsync(coordinator, "/api/plans", Fill(BodyEndpoint.All.Single(e => e.Path == "/api/plans").Example, data.ids).Replace("2031", "2032", StringComparison.Ordinal));
        return data;
    }

    /// <summary><paramref name="text"/> with its placeholders (<c>{case}</c>, <c>{meeting}</c> …) replaced by the ids made.</summary>
    public string Fill(string text) => Fill(text, ids);

    private static string Fill(string text, Dictionary<string, string> ids) =>
        ids.Aggregate(text, (filled, id) => filled.Replace($"{{{id.Key}}}", id.Value, StringComparison.Ordinal));

    private static async Task<string> IdAsync(HttpClient coordinator, string path, string body) => (string)(await PostAsync(coordinator, path, body))["id"]!;

    private static async Task<JsonObject> PostAsync(HttpClient coordinator, string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await coordinator.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Setting up: POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
