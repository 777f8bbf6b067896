using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ENamnd.Host.Tests.Infrastructure.Logging;

/// <summary>Keeps every log event, rendered with all its properties, so tests can search what would be written.</summary>
internal sealed class InMemorySink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Every event as one line: level, message, all properties and any exception.</summary>
    public string Text => string.Join(Environment.NewLine, _events.Select(Render));

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    private static string Render(LogEvent logEvent) =>
        $"{logEvent.Level} {logEvent.RenderMessage()} " +
        string.Join(" ", logEvent.Properties.Select(property => $"{property.Key}={property.Value}")) +
        $" {logEvent.Exception}";
}
