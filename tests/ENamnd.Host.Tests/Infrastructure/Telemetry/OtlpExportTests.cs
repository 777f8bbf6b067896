using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>Traces and metrics go over OTLP/HTTP to the configured endpoint; without an endpoint nothing of OpenTelemetry is there.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Should_ExportOurSpansAndMetrics_When_AnOtlpEndpointIsConfigured()
    {
        using var receiver = new OtlpReceiver();
        using var factory = new SettingsHostFactory(new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = receiver.Endpoint,
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
            ["Telemetry:MetricExportInterval"] = "00:00:00.500",
            // The demo cases' steps would fill the span queue while the machine is busy; this test needs none of them.
            ["Demo:SeedCases"] = "false",
        });
        using var client = factory.CreateClient();

        await client.GetAsync("/login");
        await factory.Services.GetRequiredService<WorkflowJobs>().SweepDueBookmarksAsync(CancellationToken.None);

        await Poll.UntilAsync(() => Task.FromResult(receiver.Received("/v1/traces", "job due-bookmark-sweep") && receiver.Received("/v1/traces", "GET /login")
                && receiver.Received("/v1/metrics", "ENamnd") && receiver.Received("/v1/metrics", "enamnd.job.runs")
                && receiver.Received("/v1/metrics", "enamnd.outbox.pending")),
            done => done, TimeSpan.FromSeconds(60),
            _ => $"Received: {string.Join(", ", receiver.Requests.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}");
        Assert.All(receiver.Requests, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.True(receiver.Received("/v1/traces", "enamnd"), "The service name is exported with the spans.");
    }

    [Fact]
    public async Task Should_ExportTheRoutePatternNeverTheToken_When_ACalendarFeedIsFetched()
    {
        using var receiver = new OtlpReceiver();
        using var factory = new SettingsHostFactory(new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = receiver.Endpoint,
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
        });
        using var coordinator = factory.CreateCoordinatorClient();
        using var anonymous = factory.CreateClient();
        var person = await coordinator.PostAsJsonAsync("/api/participants", new { name = "Spår Person", email = "spar.person@example.org", roles = new[] { new { role = "e-samordnare" } } });
        Assert.True(person.IsSuccessStatusCode, await person.Content.ReadAsStringAsync());
        var personId = (string)(await person.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var renewed = await coordinator.PostAsync($"/api/calendar-feeds/{personId}", null);
        renewed.EnsureSuccessStatusCode();
        var path = new Uri((string)(await renewed.Content.ReadFromJsonAsync<JsonObject>())!["url"]!).AbsolutePath;
        var token = path["/kalender/".Length..^".ics".Length];

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        // No route matches: the path is hidden by its prefix (SafeRequestPath.Hidden; the receiver reads bytes as Latin-1, so ASCII only).
        (await anonymous.GetAsync($"/kalender/{token}.ics/extra")).Dispose();

        await Poll.UntilAsync(() => Task.FromResult(receiver.Received("/v1/traces", "GET /kalender/{token}.ics") && receiver.Received("/v1/traces", "/kalender/(dold s")),
            done => done, TimeSpan.FromSeconds(60),
            _ => $"Received: {string.Join(", ", receiver.Requests.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}");
        Assert.False(receiver.Received("/v1/traces", token), "The feed's token is never exported.");
    }

    [Fact]
    public void Should_RegisterNoOpenTelemetry_When_NoEndpointIsConfigured()
    {
        using var factory = new SettingsHostFactory(new Dictionary<string, string>());

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }
}
