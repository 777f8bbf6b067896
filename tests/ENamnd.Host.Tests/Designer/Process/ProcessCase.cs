using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Tests.Designer.Process;

/// <summary>Starts cases of the installed main process through the coordinator API, as the designer tests need them.</summary>
internal static class ProcessCase
{
    /// <summary>Where the cases' support documents are.</summary>
    public const string DocumentLibrary = "https://dokument.example.org/e-namnd";

    /// <summary>The main process and its subprocesses with the names the designer lists.</summary>
    public static IEnumerable<(string Id, string Name)> Definitions => [(ProcessIds.MainProcess, "Huvudprocess"), .. ProcessIds.Phases];

    /// <summary>
    /// Starts the main process for case <paramref name="caseNumber"/> with two initiating municipalities
    /// (<c>POST /api/instances</c>); returns the main-process instance id.
    /// </summary>
    public static async Task<string> StartAsync(HttpClient client, string title, string caseNumber)
    {
        var input = new JsonObject
        {
            [ProcessVariables.Title] = title,
            [ProcessVariables.Initiators] = new JsonArray("Boden", "Piteå"),
            [ProcessVariables.DocumentLibrary] = DocumentLibrary,
        };
        using var response = await client.PostAsJsonAsync("/api/instances", new { definitionId = ProcessIds.MainProcess, correlationId = caseNumber, input });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/instances answered {(int)response.StatusCode}: {body}");
        return (string)JsonNode.Parse(body)!["id"]!;
    }
}
