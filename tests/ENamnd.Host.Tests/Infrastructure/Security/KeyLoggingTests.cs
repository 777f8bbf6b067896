using System.Net;
using ENamnd.Host.Tests.Infrastructure.Logging;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class KeyLoggingTests
{
    [Fact]
    public async Task Should_NeverLogKey_When_AttemptsFailAndSucceed()
    {
        var sink = new InMemorySink();
        var verbose = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
        };
        await using var host = await SecurityTestHost.StartAsync(logSink: sink, settings: verbose);
        using var client = host.CreateClient();
        // The wrong key starts with the right one, so logging any part of a header or form value would show.
        var wrongKey = SecurityTestHost.Key + "-fel";

        await client.SendAsync(SecurityTestHost.Get("/protected", apiKey: wrongKey, clientIp: "192.0.2.44"));
        await client.SendAsync(SecurityTestHost.Get("/protected", apiKey: SecurityTestHost.Key));
        await client.SendAsync(SecurityTestHost.PostLogin(wrongKey, clientIp: "192.0.2.44"));
        var login = await client.SendAsync(SecurityTestHost.PostLogin(SecurityTestHost.Key, returnUrl: "/protected"));
        var page = await client.SendAsync(SecurityTestHost.Get("/protected", browser: true, cookie: SecurityTestHost.CookieFrom(login)));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(SecurityTestHost.Key, sink.Text);
        Assert.DoesNotContain("ApiKey testnyckel", sink.Text);
        Assert.DoesNotContain(SecurityTestHost.CookieFrom(login)!.Split('=', 2)[1], sink.Text);
        var failures = sink.Events.Where(e => e.MessageTemplate.Text.Contains("rejected", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, failure => Assert.Equal("\"192.0.2.44\"", failure.Properties["ClientIp"].ToString()));
        Assert.Equal(["\"/protected\"", "\"/login\""], failures.Select(failure => failure.Properties["RequestPath"].ToString()));
    }
}
