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
    public void Should_RegisterNoOpenTelemetry_When_NoEndpointIsConfigured()
    {
        using var factory = new SettingsHostFactory(new Dictionary<string, string>());

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }
}
