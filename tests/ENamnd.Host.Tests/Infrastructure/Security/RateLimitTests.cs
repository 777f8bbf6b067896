using System.Net;
using ENamnd.Host.Features.Tasks;
using Microsoft.AspNetCore.Hosting;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>The task links and the login form of the real host are rate-limited per address: 429, Retry-After, Swedish text.</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedHost host) : IClassFixture<RateLimitTests.LimitedHost>
{
    [Fact]
    public async Task Should_Answer429InSwedishWithRetryAfter_When_TaskLinksAreGuessedTooFast()
    {
        using var browser = host.CreateClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var api = host.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < LimitedHost.TaskLinks; attempt++)
            answers.Add((await browser.GetAsync($"{TaskPaths.Page($"gissning{attempt}")}?t=fel")).StatusCode);
        var page = await browser.GetAsync($"{TaskPaths.Page("gissning")}?t=fel");
        var answer = await api.PostAsync("/api/tasks/gissning/complete", new StringContent("""{"token":"fel","outcome":"Approved"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter?.Delta);
        Assert.Contains("För många förfrågningar från din adress", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_LeaveTheCoordinatorsApiAlone_When_TaskLinksAreLimited()
    {
        using var coordinator = host.CreateCoordinatorClient();

        for (var attempt = 0; attempt < LimitedHost.TaskLinks + 5; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/tasks")).StatusCode);
    }

    /// <summary>The real host with low limits.</summary>
    public sealed class LimitedHost() : HostFactoryBase("enamnd-limits-", TestHostFactory.ApiKey)
    {
        public const int TaskLinks = 5;

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:TaskLinks:PermitLimit", TaskLinks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:TaskLinks:Window", "01:00:00");
        }
    }
}
