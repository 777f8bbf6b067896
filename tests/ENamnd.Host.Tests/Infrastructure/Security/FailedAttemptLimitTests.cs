using System.Net;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class FailedAttemptLimitTests : IAsyncLifetime
{
    private const string WrongKey = "fel-nyckel-0123456789";
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);
    private SecurityTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SecurityTestHost.StartAsync(clock: _clock);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Should_Refuse429WithRetryAfterButAcceptTheRightKey_When_TenAttemptsFailed()
    {
        await FailTenTimesAsync("198.51.100.7");

        var eleventh = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "198.51.100.7"));
        var rightKey = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key, clientIp: "198.51.100.7"));

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        var retryAfter = eleventh.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        // The coordinator is never locked out by guesses from the same address (an office behind one NAT).
        Assert.Equal(HttpStatusCode.OK, rightKey.StatusCode);
    }

    [Fact]
    public async Task Should_LimitWrongKeysFromEveryone_When_GuessesAreSpreadOverManyAddresses()
    {
        for (var address = 1; address <= 20; address++)
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var guess = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: $"192.0.2.{address}"));
                Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
            }
        }

        var fromANewAddress = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "192.0.2.200"));
        var rightKey = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key, clientIp: "192.0.2.201"));

        Assert.Equal(HttpStatusCode.TooManyRequests, fromANewAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightKey.StatusCode);
    }

    [Fact]
    public async Task Should_AcceptRightKey_When_LockoutWindowHasPassed()
    {
        await FailTenTimesAsync("198.51.100.8");
        _clock.Advance(TimeSpan.FromMinutes(5));

        var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key, clientIp: "198.51.100.8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_NotLockOut_When_FailuresAreSpreadBeyondTheWindow()
    {
        for (var attempt = 0; attempt < 15; attempt++)
        {
            var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "198.51.100.9"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task Should_RefuseLoginFormWithSwedishMessage_When_ClientLockedOut()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var failed = await _client.SendAsync(SecurityTestHost.PostLogin(WrongKey, clientIp: "203.0.113.5"));
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var response = await _client.SendAsync(SecurityTestHost.PostLogin(WrongKey, clientIp: "203.0.113.5"));
        var rightKey = await _client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key, clientIp: "203.0.113.5"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("För många misslyckade försök", await response.Content.ReadAsStringAsync());
        Assert.Null(SecurityTestHost.CookieFrom(response));
        Assert.Equal(HttpStatusCode.Redirect, rightKey.StatusCode);
        Assert.NotNull(SecurityTestHost.CookieFrom(rightKey));
    }

    [Fact]
    public async Task Should_CountFailuresAcrossHeaderAndForm_When_SameClient()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "203.0.113.6"));
            await _client.SendAsync(SecurityTestHost.PostLogin(WrongKey, clientIp: "203.0.113.6"));
        }

        var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "203.0.113.6"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Should_LeaveOtherClientsAndAnonymousPagesAlone_When_OneClientLockedOut()
    {
        await FailTenTimesAsync("198.51.100.10");

        var otherClient = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key, clientIp: "198.51.100.11"));
        var participantPage = await _client.SendAsync(SecurityTestHost.Get("/tasks/abc", clientIp: "198.51.100.10"));
        var health = await _client.SendAsync(SecurityTestHost.Get("/health", clientIp: "198.51.100.10"));

        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, participantPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Should_NeverLimit_When_RequestsSucceed()
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key, clientIp: "198.51.100.12"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Should_CountIpv6ClientsByNetwork_When_AddressesShareA64Prefix()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: $"2001:db8:1:2::{attempt + 1:x}"));
        }

        var sameNetwork = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "2001:db8:1:2::ff"));
        var otherNetwork = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: "2001:db8:1:3::1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherNetwork.StatusCode);
    }

    private async Task FailTenTimesAsync(string clientIp)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var response = await _client.SendAsync(SecurityTestHost.Get("/protected", apiKey: WrongKey, clientIp: clientIp));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
