using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>
/// The property every endpoint that reads a body keeps, whatever body it gets: never a 5xx; a 4xx is a Swedish
/// problem (<c>application/problem+json</c> with a title, a 400 with <c>errors</c> as lists of texts); and a 4xx
/// leaves the database as it was. Bodies come from <see cref="BadBodies"/>, a bounded number per endpoint.
/// </summary>
public static class BadInputSuite
{
    /// <summary>Runs <paramref name="casesPerEndpoint"/> generated bodies against every endpoint of <see cref="BodyEndpoint.All"/>.</summary>
    public static async Task RunAsync(BadInputHost host, int casesPerEndpoint, ITestOutputHelper output)
    {
        using var coordinator = host.CreateCoordinatorClient();
        using var anonymous = host.CreateClient();
        var data = await BadInputData.CreateAsync(coordinator);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var endpoint in BodyEndpoint.All)
        {
            var path = data.Fill(endpoint.Path);
            var client = endpoint.Anonymous ? anonymous : coordinator;
            await BadBodies.For(data.Fill(endpoint.Example)).SampleAsync(
                async body => Count(tally, await SendAsync(host, client, endpoint.Method, path, body)),
                iter: casesPerEndpoint, threads: 1, print: body => $"{endpoint.Method} {path} {Shorten(body)}");
        }
        output.WriteLine($"{tally.Values.Sum()} bad bodies to {BodyEndpoint.All.Count} endpoints: " +
            string.Join(", ", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}")));
    }

    private static async Task<string> SendAsync(BadInputHost host, HttpClient client, string method, string path, string body)
    {
        var before = await FingerprintAsync(host);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500) throw new InvalidOperationException($"{method} {path} answered {status}: {Shorten(text)}");
        if (status < 400) return "2xx";
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{method} {path} answered {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content"}: {Shorten(text)}");
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]), $"{method} {path} answered {status} without a title.");
        Assert.Equal(status, (int?)problem["status"]);
        if (status == 400) Assert.All(Assert.IsType<JsonObject>(problem["errors"]), e => Assert.All(e.Value!.AsArray(), m => Assert.False(string.IsNullOrWhiteSpace((string?)m))));
        Assert.True(before == await FingerprintAsync(host), $"{method} {path} answered {status} but changed the database.");
        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> FingerprintAsync(BadInputHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await DatabaseFingerprint.OfAsync(db);
    }

    private static void Count(Dictionary<string, int> tally, string outcome)
    {
        lock (tally) tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} tecken)";
}
