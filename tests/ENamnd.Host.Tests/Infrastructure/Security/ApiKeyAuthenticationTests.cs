using System.Net;
using System.Text.Json;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class ApiKeyAuthenticationTests : IAsyncLifetime
{
    private SecurityTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SecurityTestHost.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Should_Answer401WithSwedishProblem_When_ApiRequestHasNoCredentials()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/protected"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Inloggning krävs", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Should_Answer401_When_ApiKeyIsWrong()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key + "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("hemligt", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Answer200_When_ApiKeyIsRight()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hemligt", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_RedirectToLoginWithReturnUrl_When_BrowserHasNoCredentials()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/protected?vy=lista", browser: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fprotected%3Fvy%3Dlista", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_Answer401_When_BrowserSendsWrongApiKey()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: "fel-nyckel-0123456789", browser: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health", "Healthy")]
    [InlineData("/tasks/abc?token=t0k3n", "uppgift abc")]
    public async Task Should_AnswerAnonymously_When_ParticipantPageOrHealthRequested(string path, string expected)
    {
        var response = await _client.SendAsync(SecurityTestHost.Get(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_RequireCoordinator_When_UnknownPathRequested()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/finns-inte"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_ProtectEndpoint_When_RequireCoordinatorUsed()
    {
        var anonymous = await _client.SendAsync(SecurityTestHost.Get("/dashboard"));
        var coordinator = await _client.SendAsync(SecurityTestHost.Get("/dashboard", apiKey: SecurityTestHost.Key));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
    }
}
