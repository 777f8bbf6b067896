using ENamnd.Host.Infrastructure.Http;
using Serilog.Core;
using Serilog.Events;

namespace ENamnd.Host.Infrastructure.Logging;

/// <summary>
/// Replaces the raw path that ASP.NET Core's request scope adds to every event logged during a request (<c>RequestPath</c>)
/// with <see cref="SafeRequestPath"/>, so an event logged while a calendar feed is fetched never carries its token.
/// </summary>
public sealed class SecretPathEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
{
    private const string RequestPath = "RequestPath";

    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (accessor.HttpContext is not { } context || !logEvent.Properties.TryGetValue(RequestPath, out var property)) return;
        var raw = SafeRequestPath.Raw(context);
        var safe = SafeRequestPath.Of(context);
        if (safe == raw) return;
        // The scope's path, or the request logging's own (already safe); whatever holds the raw path is replaced.
        if (property is ScalarValue { Value: string path } && path != safe) logEvent.AddOrUpdateProperty(new LogEventProperty(RequestPath, new ScalarValue(safe)));
    }
}
