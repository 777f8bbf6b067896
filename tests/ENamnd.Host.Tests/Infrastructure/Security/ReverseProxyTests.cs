using System.Net;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>Forwarded headers count only from configured proxies: for the lockout's client address and the cookie's Secure flag.</summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.4.2";
    private const string WrongKey = "fel-nyckel-0123456789";

    [Fact]
    public async Task Should_CountWrongKeysAgainstTheForwardedClient_When_TheProxyIsKnown()
    {
        await using var host = await SecurityTestHost.StartAsync(settings: new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = Proxy });
        using var client = host.CreateClient();

        for (var attempt = 0; attempt < 10; attempt++) await client.SendAsync(Forwarded(WrongKey, "198.51.100.50"));
        var sameClient = await client.SendAsync(Forwarded(WrongKey, "198.51.100.50"));
        var otherClient = await client.SendAsync(Forwarded(WrongKey, "198.51.100.51"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherClient.StatusCode);
    }

    [Fact]
    public async Task Should_IgnoreForwardedHeaders_When_NoProxyIsConfigured()
    {
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.CreateClient();

        // An attacker cannot dodge the lockout by inventing a new X-Forwarded-For for every guess.
        for (var attempt = 0; attempt < 10; attempt++) await client.SendAsync(Forwarded(WrongKey, $"198.51.100.{60 + attempt}"));
        var next = await client.SendAsync(Forwarded(WrongKey, "198.51.100.99"));

        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Theory]
    [InlineData(true, "https", true)]
    [InlineData(true, "http", false)]
    [InlineData(false, "https", false)]
    public async Task Should_MarkTheCookieSecure_When_TheRequestCameOverHttpsThroughAKnownProxy(bool known, string scheme, bool secure)
    {
        var settings = known ? new Dictionary<string, string?> { ["ReverseProxy:KnownNetworks:0"] = "10.0.4.0/24" } : null;
        await using var host = await SecurityTestHost.StartAsync(settings: settings);
        using var client = host.CreateClient();
        using var login = SecurityTestHost.PostLogin(SecurityTestHost.Key, clientIp: Proxy);
        login.Headers.Add("X-Forwarded-For", "198.51.100.70");
        login.Headers.Add("X-Forwarded-Proto", scheme);

        var response = await client.SendAsync(login);

        var cookie = Assert.Single(SecurityTestHost.SetCookieHeaders(response), h => h.StartsWith("ENamnd.Samordnare=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Should_StopTheHost_When_AProxyCannotBeRead()
    {
        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            SecurityTestHost.StartAsync(settings: new Dictionary<string, string?> { ["ReverseProxy:KnownNetworks:0"] = "10.0.4.0/99" }));
    }

    private static HttpRequestMessage Forwarded(string key, string forwardedFor)
    {
        var request = SecurityTestHost.Get("/protected", apiKey: key, clientIp: Proxy);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }
}
