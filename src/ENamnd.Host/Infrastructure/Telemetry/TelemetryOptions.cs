using OpenTelemetry.Exporter;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>Export of traces and metrics over OTLP (<c>Telemetry</c> section); nothing is exported without an endpoint.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>The standard variable that also turns export on when <see cref="OtlpEndpoint"/> is empty.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The collector's base address (e.g. <c>http://127.0.0.1:4318</c>); empty: no export.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>; empty: the standard <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, else gRPC.</summary>
    public OtlpExportProtocol? OtlpProtocol { get; set; }

    /// <summary>How often metrics are exported.</summary>
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether anything is exported: an endpoint here or in the standard variable.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(OtlpEndpoint)}"]) ||
        !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]);
}
