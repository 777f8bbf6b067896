using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ENamnd.Host.Tests.Features.ApiDocs;

/// <summary>The OpenAPI document describes every <c>/api</c> endpoint the host maps, in valid OpenAPI 3.1, in Swedish, with its problems and examples.</summary>
public sealed partial class ApiDocumentTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private const string ProblemJson = "application/problem+json";

    // Words that give an English summary away; a Swedish one has none of them.
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "of", "and", "to", "get", "list", "create", "update", "delete", "cancel", "add", "remove", "task", "case", "meeting" };

    [Fact]
    public async Task Should_BeValidOpenApi31_When_TheCoordinatorFetchesIt()
    {
        var (document, diagnostic, _) = await ReadAsync();

        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.Select(e => $"{e.Pointer}: {e.Message}") ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Equal("ENamnd – API för Norrbottens e-nämnd", document.Info.Title);
        Assert.Equal(["ApiKey", "Cookie"], (document.Components?.SecuritySchemes?.Keys ?? []).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_DescribeEveryApiRouteWithASwedishSummaryAndItsProblems_When_TheHostMapsIt()
    {
        var (document, _, json) = await ReadAsync();
        Assert.StartsWith("3.1", (string?)json["openapi"], StringComparison.Ordinal);
        var routes = ApiRoutes();
        Assert.True(routes.Count >= 50, $"Only {routes.Count} /api routes were found.");

        var missing = new List<string>();
        foreach (var (method, path) in routes)
        {
            var operation = document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations
                && operations.TryGetValue(HttpMethod.Parse(method), out var found) ? found : null;
            if (operation is null) { missing.Add($"{method} {path}: not in the document"); continue; }
            if (string.IsNullOrWhiteSpace(operation.Summary) || Words().Matches(operation.Summary).Any(w => English.Contains(w.Value)))
                missing.Add($"{method} {path}: summary '{operation.Summary}' is not Swedish");
            if (operation.Responses?.Values.Any(r => r.Content?.ContainsKey(ProblemJson) == true) != true)
                missing.Add($"{method} {path}: no {ProblemJson} response");
            if (operation.Tags is not { Count: > 0 }) missing.Add($"{method} {path}: no tag");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        // Only /api: not the designer's contract, not pages.
        Assert.All(document.Paths.Keys, path => Assert.StartsWith("/api/", path, StringComparison.Ordinal));
        Assert.Equal(routes.Count, document.Paths.Values.Sum(p => p.Operations?.Count ?? 0));
    }

    [Fact]
    public async Task Should_ShowAnExampleOfEveryJsonBody_When_AnOperationReadsOne()
    {
        var (document, _, _) = await ReadAsync();

        var bodies = document.Paths.SelectMany(p => (p.Value.Operations ?? []).Select(o => (Name: $"{o.Key} {p.Key}", o.Value.RequestBody))).ToList();
        var json = bodies.Where(b => b.RequestBody?.Content?.ContainsKey("application/json") == true).ToList();

        Assert.True(json.Count >= 25, $"Only {json.Count} operations read JSON.");
        Assert.All(json, b => Assert.True(b.RequestBody!.Content!["application/json"].Example is JsonObject, $"{b.Name} has no example."));
    }

    [Fact]
    public async Task Should_DocumentEachProblemInSwedishWithAnExample_When_AnOperationDeclaresIt()
    {
        var (document, _, _) = await ReadAsync();
        var cases = document.Paths["/api/cases"].Operations![HttpMethod.Post];
        var answer = document.Paths["/api/tasks/{taskId}/complete"].Operations![HttpMethod.Post];

        foreach (var status in new[] { "400", "401", "409", "429" })
        {
            var example = cases.Responses![status].Content![ProblemJson].Example!;
            Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)example["status"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)example["title"]));
        }
        Assert.NotNull(cases.Responses!["400"].Content![ProblemJson].Example!["errors"]);
        Assert.NotEmpty(cases.Security ?? []);
        // A task is answered with its link's token, not the coordinator's key.
        Assert.Empty(answer.Security ?? []);
        Assert.False(answer.Responses!.ContainsKey("401"));
    }

    private async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic, JsonNode Json)> ReadAsync()
    {
        using var client = factory.CreateCoordinatorClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var result = OpenApiDocument.Parse(text, "json");
        Assert.NotNull(result.Document);
        return (result.Document, result.Diagnostic!, JsonNode.Parse(text)!);
    }

    // Every route the host maps under /api, as the document names it: the method and the pattern without constraints.
    private List<(string Method, string Path)> ApiRoutes()
    {
        using var _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Normalize(e.RoutePattern.RawText!))))
            .Distinct()];
    }

    private static string Normalize(string pattern) => Parameter().Replace(pattern, m => "{" + m.Groups[1].Value + "}").TrimEnd('/');

    [GeneratedRegex(@"\{\**([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
