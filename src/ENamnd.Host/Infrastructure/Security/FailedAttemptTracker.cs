using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Counts failed coordinator key attempts per client address and locks a client out after too many.</summary>
/// <remarks>Invariant: while a client is locked out its key attempts are refused unchecked (even the right key), so a
/// locked-out client learns nothing about the key. Successful attempts are neither counted nor reset the count.
/// State is per process and kept in memory.</remarks>
internal sealed class FailedAttemptTracker(IOptions<AuthOptions> options, TimeProvider clock)
{
    private const int SweepThreshold = 1024;
    private readonly ConcurrentDictionary<string, ClientFailures> _clients = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="client"/> is locked out, and for how much longer.</summary>
    public bool IsLockedOut(string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!_clients.TryGetValue(client, out var failures)) return false;
        var now = clock.GetUtcNow();
        lock (failures)
        {
            if (failures.LockedUntil is not { } until || until <= now) return false;
            retryAfter = until - now;
            return true;
        }
    }

    /// <summary>Records a failed attempt; true when it locks the client out.</summary>
    public bool RecordFailure(string client)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (_clients.Count > SweepThreshold) Sweep(now, settings.FailureWindow);
        var failures = _clients.GetOrAdd(client, _ => new ClientFailures());
        lock (failures)
        {
            if (failures.LockedUntil is { } until && until <= now) failures.LockedUntil = null;
            while (failures.Times.TryPeek(out var oldest) && oldest <= now - settings.FailureWindow) failures.Times.Dequeue();
            failures.Times.Enqueue(now);
            if (failures.Times.Count < settings.MaxFailedAttempts) return false;
            failures.Times.Clear();
            failures.LockedUntil = now + settings.FailureWindow;
            return true;
        }
    }

    // Forgets clients with no recent failure and no lockout, so the table cannot grow without bound.
    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (client, failures) in _clients)
        {
            lock (failures)
            {
                var locked = failures.LockedUntil > now;
                var recent = failures.Times.Any(time => time > now - window);
                if (!locked && !recent) _clients.TryRemove(new KeyValuePair<string, ClientFailures>(client, failures));
            }
        }
    }

    private sealed class ClientFailures
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
