using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Integration;

/// <summary>The coordinator's runtime API of a host, called over HTTP with the coordinator key.</summary>
internal sealed class CoordinatorApi(HttpClient client) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The underlying client.</summary>
    public HttpClient Client => client;

    /// <summary>Publishes an Elsa workflow definition; fails unless the host answers 201.</summary>
    public async Task PublishAsync(JsonObject definition)
    {
        using var response = await client.PostAsJsonAsync("api/definitions", definition);
        await ExpectAsync(response, HttpStatusCode.Created, "publish a definition");
    }

    /// <summary>Starts the published version of <paramref name="definitionId"/>; fails unless the host answers 201.</summary>
    public async Task<InstanceSnapshot> StartAsync(string definitionId, string correlationId, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsJsonAsync("api/instances", new { definitionId, correlationId }, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.Created, $"start {definitionId} ({correlationId})");
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>The instance as stored, or null when the host answers 404.</summary>
    public async Task<InstanceSnapshot?> FindAsync(string instanceId)
    {
        using var response = await client.GetAsync($"api/instances/{instanceId}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await ExpectAsync(response, HttpStatusCode.OK, $"read instance {instanceId}");
        return await ReadAsync(response, CancellationToken.None);
    }

    /// <summary>Posts a resume of <paramref name="bookmarkId"/> and returns the status code (200 resumed, 409 already handled).</summary>
    public async Task<HttpStatusCode> ResumeAsync(string bookmarkId, JsonObject? input = null)
    {
        using var response = await client.PostAsJsonAsync($"api/bookmarks/{bookmarkId}/resume", new JsonObject { ["input"] = input ?? [] });
        return response.StatusCode;
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    private static async Task<InstanceSnapshot> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<InstanceSnapshot>(Json, cancellationToken)
        ?? throw new InvalidOperationException("The host answered with an empty instance.");

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync();
        throw new HttpRequestException($"Could not {what}: expected {(int)expected}, got {(int)response.StatusCode}: {body}", null, response.StatusCode);
    }
}
