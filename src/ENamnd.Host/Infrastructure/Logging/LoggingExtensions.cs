using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Http;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ENamnd.Host.Infrastructure.Logging;

/// <summary>Wiring of Serilog: console, a daily log file in the data directory (text, or compact JSON), and request logging without query strings or secrets in paths.</summary>
public static class LoggingExtensions
{
    /// <summary>The log file name pattern; Serilog inserts the date before the dot.</summary>
    public const string FilePattern = "enamnd-.log";

    /// <summary>How many daily log files are kept.</summary>
    public const int RetainedFiles = 31;

    private const string FileTemplate =
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>The section that holds the levels, extra sinks and <see cref="LogFormatOptions.Format"/>.</summary>
    public const string Section = "Serilog";

    /// <summary>Replaces the host's logging with Serilog; levels, extra sinks and the format may come from the optional <c>Serilog</c> section.</summary>
    /// <remarks>Sinks registered in the services as <c>ILogEventSink</c> are added too (tests use that).</remarks>
    public static WebApplicationBuilder AddENamndLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        builder.Services.AddOptions<LogFormatOptions>().BindConfiguration(Section)
            .Validate(o => o.IsValid, "Serilog:Format måste vara Text eller Json.")
            .ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSerilog((services, logger) => Configure(logger, services), preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Logs one line per request (method, path, status, time); never the query string, where participant tokens travel.</summary>
    /// <remarks>Call early, before authentication, so refused requests are logged as well. Headers are never logged.</remarks>
    public static WebApplication UseENamndRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // A path that carries a secret (a calendar feed's token) is logged as its route pattern.
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(SecretInPath.ForLog(context, path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            // A designer page load fetches a few hundred bundle files; successful ones are only worth a debug line.
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Response.StatusCode < 400 && context.Request.Path.StartsWithSegments("/designer/_framework") ||
                  context.Request.Path.StartsWithSegments("/designer/_content") ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }

    private static void Configure(LoggerConfiguration logger, IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var logFile = Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.FullDataDirectory, "logs", FilePattern);
        // Read without validation here: a bad value still gets a logger (as text) and is refused with its message at start-up.
        var json = (configuration.GetSection(Section).Get<LogFormatOptions>() ?? new LogFormatOptions()).IsJson;
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            // After the configuration on purpose: these categories log full URLs (query strings, i.e. participant
            // tokens) at Information, so no configuration may lower them.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // Last: the request scope's path is the raw one, which for a calendar feed holds its token.
            .Enrich.With(new SecretPathEnricher(services.GetRequiredService<IHttpContextAccessor>()));
        if (json)
        {
            var format = new CompactJsonFormatter();
            logger.WriteTo.Console(format)
                .WriteTo.File(format, logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: RetainedFiles, shared: true);
        }
        else
        {
            logger.WriteTo.Console()
                .WriteTo.File(logFile, outputTemplate: FileTemplate, rollingInterval: RollingInterval.Day, retainedFileCountLimit: RetainedFiles, shared: true);
        }
    }
}
