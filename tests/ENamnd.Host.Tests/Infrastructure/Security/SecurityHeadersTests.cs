using System.Net;
using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>Every answer of the real host carries the security headers: nosniff, no referrer, no framing; HTML pages a policy and no-store.</summary>
public sealed class SecurityHeadersTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("/login", "default-src 'none'")]
    [InlineData("/", "default-src 'self'; script-src 'self';")]
    [InlineData("/arenden", "default-src 'self'; script-src 'self';")]
    [InlineData("/hangfire", "default-src 'self'; script-src 'self';")]
    [InlineData("/hangfire/jobs/enqueued", "default-src 'self'; script-src 'self';")]
    [InlineData("/designer", "frame-ancestors 'none'")]
    public async Task Should_SendAPolicyAndNoStore_When_AnHtmlPageIsServed(string path, string policy)
    {
        using var client = factory.CreateCoordinatorClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(policy, Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        AssertEveryAnswersHeaders(response);
    }

    [Theory]
    [InlineData("/api/cases", HttpStatusCode.OK)]
    [InlineData("/api/cases/finns-inte", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Should_SendNosniffAndNoFraming_When_AnythingElseIsAnswered(string path, HttpStatusCode status)
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertEveryAnswersHeaders(response);
    }

    [Fact]
    public async Task Should_SendTheHeaders_When_TheAnswerIsARefusal()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertEveryAnswersHeaders(response);
    }

    [Fact]
    public async Task Should_KeepTheTaskPagesOwnPolicy_When_AParticipantOpensALink()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(TaskPaths.Page("finns-inte") + "?t=fel");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        AssertEveryAnswersHeaders(response);
    }

    private static void AssertEveryAnswersHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
