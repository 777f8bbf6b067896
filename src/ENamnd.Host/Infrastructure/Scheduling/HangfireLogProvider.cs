using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's log provider is process-wide: the host configured last provides every host's loggers. When that
/// host has stopped, its logger factory is disposed; Hangfire then logs nothing instead of failing to create a
/// logger (which would fail, say, the next storage or server the process starts).
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
