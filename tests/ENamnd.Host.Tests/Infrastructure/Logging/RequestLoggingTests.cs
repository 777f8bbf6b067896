using System.Net;
using ENamnd.Host.Tests.Infrastructure.Security;
using Serilog.Events;

namespace ENamnd.Host.Tests.Infrastructure.Logging;

public class RequestLoggingTests
{
    // Everything, even ASP.NET Core's own categories, at the most verbose level: the pins must still hold.
    private static readonly Dictionary<string, string?> Verbose = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
    };

    [Fact]
    public async Task Should_LogPathWithoutQueryString_When_ParticipantLinkRequested()
    {
        var sink = new InMemorySink();
        await using var host = await SecurityTestHost.StartAsync(logSink: sink, settings: Verbose);
        using var client = host.CreateClient();

        var response = await client.SendAsync(SecurityTestHost.Get("/tasks/abc?token=deltagartoken-4711"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal));
        Assert.Equal("\"/tasks/abc\"", request.Properties["RequestPath"].ToString());
        Assert.Equal("200", request.Properties["StatusCode"].ToString());
        Assert.DoesNotContain("deltagartoken-4711", sink.Text);
    }

    [Fact]
    public async Task Should_LogRefusedRequest_When_CredentialsMissing()
    {
        var sink = new InMemorySink();
        await using var host = await SecurityTestHost.StartAsync(logSink: sink);
        using var client = host.CreateClient();

        await client.SendAsync(SecurityTestHost.Get("/protected"));

        Assert.Contains(sink.Events, e => e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "401");
    }

    [Fact]
    public async Task Should_HonourMinimumLevelFromConfiguration_When_SerilogSectionGiven()
    {
        var sink = new InMemorySink();
        var settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" };
        await using var host = await SecurityTestHost.StartAsync(logSink: sink, settings: settings);
        using var client = host.CreateClient();

        await client.SendAsync(SecurityTestHost.Get("/health"));
        await client.SendAsync(SecurityTestHost.Get("/protected", apiKey: "fel-nyckel-0123456789"));

        Assert.DoesNotContain(sink.Events, e => e.Level < LogEventLevel.Warning);
        Assert.Contains(sink.Events, e => e.Level == LogEventLevel.Warning);
    }

    [Fact]
    public async Task Should_WriteDailyFileInDataDirectory_When_HostLogs()
    {
        var sink = new InMemorySink();
        await using var host = await SecurityTestHost.StartAsync(logSink: sink);
        using var client = host.CreateClient();

        await client.SendAsync(SecurityTestHost.Get("/tasks/abc"));

        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.DataDirectory, "logs"), "enamnd-*.log"));
        Assert.Matches(@"enamnd-\d{8}\.log$", file);
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        Assert.Contains("/tasks/abc", await reader.ReadToEndAsync());
    }
}
