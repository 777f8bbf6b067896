using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>
/// Wiring of telemetry: the host's own instruments always (cheap while nothing listens), and OpenTelemetry with OTLP export
/// of traces and metrics only when an endpoint is configured; without one no SDK, exporter or instrumentation is registered.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Adds the instruments and, when enabled, OpenTelemetry. Call after the runtime is registered: it wraps it.</summary>
    public static WebApplicationBuilder AddENamndTelemetry(this WebApplicationBuilder builder, DatabaseSettings database)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Telemetry:OtlpEndpoint måste vara en absolut http- eller https-adress.")
            .Validate(o => o.MetricExportInterval >= TimeSpan.FromMilliseconds(100), "Telemetry:MetricExportInterval måste vara minst 100 ms.")
            .ValidateOnStart();
        services.AddSingleton<OutboxBacklogGauge>();
        services.AddSingleton<ENamndMetrics>();
        services.AddSingleton<IStepCommitListener, StepCommitMetrics>();
        DecorateRuntime(services);
        if (!TelemetryOptions.IsEnabled(builder.Configuration)) return builder;

        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var postgres = database.Provider == DatabaseProvider.Postgres;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ENamndTelemetry.ServiceName, serviceVersion: ENamndTelemetry.Version)
                .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ENamndTelemetry.Name)
                    // Probes every few seconds would drown the requests worth tracing.
                    .AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                        // A path that holds a secret (a calendar feed's token) is exported as its route pattern, never raw.
                        o.EnrichWithHttpRequest = (activity, request) => SpanRedaction.Server(activity, request.HttpContext);
                        o.EnrichWithHttpResponse = (activity, response) => SpanRedaction.Server(activity, response.HttpContext);
                    })
                    .AddHttpClientInstrumentation(o =>
                    {
                        // A webhook subscriber's URL may hold a secret in its path: its spans show only scheme://host:port.
                        o.EnrichWithHttpRequestMessage = SpanRedaction.Client;
                        o.EnrichWithHttpResponseMessage = (activity, response) => SpanRedaction.Client(activity, response.RequestMessage);
                        o.EnrichWithException = (activity, _) => SpanRedaction.ClientFailed(activity);
                    })
                    .AddOtlpExporter(o => Export(o, options, "traces"));
                if (postgres) tracing.AddNpgsql();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ENamndTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddOtlpExporter((o, reader) =>
                    {
                        Export(o, options, "metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricExportInterval.TotalMilliseconds;
                    });
                if (postgres) metrics.AddNpgsqlInstrumentation();
                // The backlog gauge exists once the instruments do; made with the provider, it is exported from the start.
                if (metrics is IDeferredMeterProviderBuilder deferred) deferred.Configure((provider, _) => provider.GetRequiredService<ENamndMetrics>());
            });
        return builder;
    }

    // With an endpoint of our own, over HTTP each signal has its path; without one the exporter reads the standard variables.
    private static void Export(OtlpExporterOptions exporter, TelemetryOptions options, string signal)
    {
        if (options.OtlpProtocol is { } protocol) exporter.Protocol = protocol;
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint)) return;
        var endpoint = options.OtlpEndpoint.TrimEnd('/');
        exporter.Endpoint = new Uri(exporter.Protocol == OtlpExportProtocol.HttpProtobuf ? $"{endpoint}/v1/{signal}" : endpoint);
    }

    private static void DecorateRuntime(IServiceCollection services)
    {
        var runtime = services.LastOrDefault(d => d.ServiceType == typeof(IWorkflowRuntime))
            ?? throw new InvalidOperationException("Register the workflow runtime before telemetry.");
        services.Remove(runtime);
        services.AddSingleton<IWorkflowRuntime>(provider => new MeteredWorkflowRuntime(Create(runtime, provider), provider.GetRequiredService<ENamndMetrics>()));
    }

    private static IWorkflowRuntime Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IWorkflowRuntime)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
