using System.Net;
using ENamnd.Host.Infrastructure.Security;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class LoginTests : IAsyncLifetime
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
    public async Task Should_ShowSwedishPageWithoutExternalResources_When_LoginRequested()
    {
        var response = await _client.SendAsync(SecurityTestHost.Get("/login?returnUrl=%2Fprotected%3Fvy%3Dlista", browser: true));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Logga in som samordnare", html);
        Assert.Contains("type=\"password\"", html);
        Assert.Contains("<button type=\"submit\">", html);
        Assert.Contains("name=\"returnUrl\" value=\"/protected?vy=lista\"", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Should_SetStrictHttpOnlyCookieThatGetsThrough_When_RightKeyPosted()
    {
        var login = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key, returnUrl: "/protected?vy=lista"));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/protected?vy=lista", login.Headers.Location?.OriginalString);
        var setCookie = SecurityTestHost.SetCookieHeaders(login).Single(header => header.StartsWith(CoordinatorCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure;", setCookie + ";", StringComparison.OrdinalIgnoreCase);

        var page = await _client.SendAsync(SecurityTestHost.Get("/protected", browser: true, cookie: SecurityTestHost.CookieFrom(login)));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("hemligt", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_MarkCookieSecure_When_SignedInOverHttps()
    {
        using var client = _host.CreateClient("https://localhost/");

        var login = await client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));

        var setCookie = SecurityTestHost.SetCookieHeaders(login).Single(header => header.StartsWith(CoordinatorCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_ShowPageAgainWithoutCookie_When_WrongKeyPosted()
    {
        var response = await _client.SendAsync(SecurityTestHost.PostLogin("fel-nyckel-0123456789", returnUrl: "/protected"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Fel nyckel", html);
        Assert.Contains("name=\"returnUrl\" value=\"/protected\"", html);
        Assert.Null(SecurityTestHost.CookieFrom(response));
    }

    [Theory]
    [InlineData("https://elak.example/")]
    [InlineData("//elak.example/")]
    [InlineData("/\\elak.example/")]
    [InlineData("/\t/elak.example/")]
    public async Task Should_IgnoreReturnUrl_When_NotLocal(string returnUrl)
    {
        var page = await _client.SendAsync(SecurityTestHost.Get("/login?returnUrl=" + Uri.EscapeDataString(returnUrl), browser: true));
        var login = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key, returnUrl));

        Assert.Contains("name=\"returnUrl\" value=\"\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_ExpireCookie_When_LogoutPosted()
    {
        var login = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));
        var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
        logout.Headers.TryAddWithoutValidation("Cookie", SecurityTestHost.CookieFrom(login));
        logout.Headers.TryAddWithoutValidation("Accept", "text/html");

        var response = await _client.SendAsync(logout);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        var cleared = SecurityTestHost.SetCookieHeaders(response).Single(header => header.StartsWith(CoordinatorCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_RefuseTheOldCookieOnTheServer_When_TheCoordinatorSignedOut()
    {
        var login = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));
        var otherBrowser = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));
        var cookie = SecurityTestHost.CookieFrom(login);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(SecurityTestHost.Get("/protected", cookie: cookie))).StatusCode);
        var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
        logout.Headers.TryAddWithoutValidation("Cookie", cookie);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendAsync(logout)).StatusCode);

        // A copy of the cookie kept from before the sign-out, and every other coordinator session, no longer work.
        var replayed = await _client.SendAsync(SecurityTestHost.Get("/protected", cookie: cookie));
        var other = await _client.SendAsync(SecurityTestHost.Get("/protected", cookie: SecurityTestHost.CookieFrom(otherBrowser)));
        var again = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(SecurityTestHost.Get("/protected", cookie: SecurityTestHost.CookieFrom(again)))).StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Should_KeepTheSessionsStamp_When_TheHostRestarts()
    {
        var login = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key));
        await using var restarted = await SecurityTestHost.StartAsync(dataDirectory: _host.DataDirectory);
        using var client = restarted.CreateClient();

        var response = await client.SendAsync(SecurityTestHost.Get("/protected", cookie: SecurityTestHost.CookieFrom(login)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_host.DataDirectory, FileSessionStampStore.FileName)));
    }

    [Fact]
    public async Task Should_Answer400_When_LoginPostIsNotAForm()
    {
        var response = await _client.PostAsync("/login", new StringContent("{\"key\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
