using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Tests;

/// <summary>A logger factory that keeps every formatted line (level, message and exception type) for assertions.</summary>
public sealed class ListLoggerFactory : ILoggerFactory
{
    private readonly List<string> lines = [];

    /// <summary>The lines logged so far, as "Level: message (ExceptionType)".</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return [.. lines];
        }
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new ListLogger(this);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerFactory owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.lines) owner.lines.Add($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name})")}");
        }
    }
}
