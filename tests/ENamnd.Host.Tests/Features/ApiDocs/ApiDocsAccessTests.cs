using System.Net;
using System.Text.RegularExpressions;

namespace ENamnd.Host.Tests.Features.ApiDocs;

/// <summary>The document and the reference page are the coordinator's; the page's script comes from the host, allowed by a nonce of its own.</summary>
public sealed partial class ApiDocsAccessTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api-docs")]
    [InlineData("/api-docs/")]
    public async Task Should_AnswerUnauthorized_When_NoCoordinatorCredentials(string path)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_SendABrowserToTheLoginPage_When_ItHasNoSession()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api-docs/");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fapi-docs%2F", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_LeadToThePageItself_When_TheAddressLacksTheSlash()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("ApiKey", TestHostFactory.ApiKey);

        var response = await client.GetAsync("/api-docs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("api-docs/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_ServeTheDocument_When_TheCoordinatorAsks()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_ServeTheReferenceWithItsScriptFromTheHost_When_TheCoordinatorOpensIt()
    {
        using var client = factory.CreateCoordinatorClient();

        var page = await client.GetAsync("/api-docs/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>ENamnd – API för Norrbottens e-nämnd</title>", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        // Every script is the host's (relative, no CDN) and carries the nonce the policy names; nothing else is allowed.
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        var scripts = Script().Matches(html).ToList();
        Assert.Equal(4, scripts.Count);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);

        var script = await client.GetAsync("/api-docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 1_000_000, "The standalone bundle should be served whole by the host.");
    }

    [Fact]
    public async Task Should_KeepTheDefaultPolicy_When_APageDidNotAskForANonce()
    {
        using var client = factory.CreateCoordinatorClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.DoesNotContain("nonce-", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex(@"<script[^>]*>")]
    private static partial Regex Script();
}
