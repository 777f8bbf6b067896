using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Tests.Designer.Process;

/// <summary>Starts cases through the coordinator's cases API and reads what the designer's instance API shows of them.</summary>
internal static class ProcessCase
{
    /// <summary>The main process and its subprocesses with the names the designer lists.</summary>
    public static IEnumerable<(string Id, string Name)> Definitions => [(ProcessIds.MainProcess, "Huvudprocess"), .. ProcessIds.Phases];

    /// <summary>Starts case <paramref name="caseNumber"/> with two initiating municipalities (<c>POST /api/cases</c>); returns the case.</summary>
    public static async Task<JsonObject> StartAsync(HttpClient client, string title, string caseNumber)
    {
        using var response = await client.PostAsJsonAsync("/api/cases", new { title, caseNumber, initiatingMunicipalities = new[] { "Boden", "Piteå" } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/cases answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The main-process instance id of a case.</summary>
    public static string InstanceIdOf(JsonObject @case) => (string)@case["instanceId"]!;

    /// <summary>The subprocess versions a case pinned when it started (its main-process input <c>delprocessversioner</c>), read through the designer's instance API.</summary>
    public static async Task<JsonObject> PinnedVersionsAsync(HttpClient client, JsonObject @case)
    {
        var instance = await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{InstanceIdOf(@case)}");
        return Assert.IsType<JsonObject>(instance!["workflowState"]!["input"]![ProcessVariables.SubprocessVersions]);
    }
}
