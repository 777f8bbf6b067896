using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests;

/// <summary>JSON in and out of the API, as raw text, so tests show exactly what a client sends.</summary>
public static class ApiJson
{
    /// <summary>Sends <paramref name="json"/> with the JSON content type.</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) });

    /// <summary>POSTs <paramref name="json"/>.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) => client.SendJsonAsync(HttpMethod.Post, url, json);

    /// <summary>PUTs <paramref name="json"/>.</summary>
    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) => client.SendJsonAsync(HttpMethod.Put, url, json);

    /// <summary>The body as JSON.</summary>
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>Asserts the status and returns the body as JSON.</summary>
    public static async Task<JsonNode> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.ExpectStatusAsync(status);
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    /// <summary>Asserts the status and returns the body as text (for pages and other bodies that are not JSON).</summary>
    public static async Task<string> ExpectStatusAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Asserts a 400 validation problem whose detail contains <paramref name="message"/>; returns the detail.</summary>
    public static async Task<string> ExpectInvalidAsync(this HttpResponseMessage response, string message)
    {
        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(problem.Errors());
        var detail = (string?)problem["detail"] ?? "";
        Assert.Contains(message, detail, StringComparison.Ordinal);
        return detail;
    }

    /// <summary>The messages of a 400 under every key, after asserting that <c>errors</c> maps keys to string arrays.</summary>
    public static IReadOnlyList<string> Errors(this JsonNode problem)
    {
        var errors = Assert.IsType<JsonObject>(problem["errors"]);
        return [.. errors.SelectMany(entry => Assert.IsType<JsonArray>(entry.Value).Select(message => message!.GetValue<string>()))];
    }
}
