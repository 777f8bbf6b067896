using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// Counts failed coordinator key attempts per client address, and over all addresses together, and locks out a client
/// (or, past the overall limit, every client) after too many.
/// </summary>
/// <remarks>A lockout stops wrong keys only: <see cref="CoordinatorKeyGate"/> accepts the right key first, so a
/// coordinator is never locked out by someone else's guesses. Successful attempts are neither counted nor reset the
/// count. State is per process and kept in memory.</remarks>
internal sealed class FailedAttemptTracker(IOptions<AuthOptions> options, TimeProvider clock)
{
    private const int SweepThreshold = 1024;

    // The counter of all addresses together; no client address looks like this.
    private const string Everyone = "*";
    private readonly ConcurrentDictionary<string, ClientFailures> _clients = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="client"/> is locked out, alone or with everyone, and for how much longer.</summary>
    public bool IsLockedOut(string client, out TimeSpan retryAfter) =>
        IsLockedOutAlone(client, out retryAfter) || IsLockedOutAlone(Everyone, out retryAfter);

    /// <summary>Records a failed attempt of <paramref name="client"/>; true when it locks the client (or everyone) out.</summary>
    public bool RecordFailure(string client)
    {
        var settings = options.Value;
        var alone = RecordFailure(client, settings.MaxFailedAttempts);
        var everyone = RecordFailure(Everyone, settings.MaxFailedAttemptsOverall);
        return alone || everyone;
    }

    private bool IsLockedOutAlone(string client, out TimeSpan retryAfter)
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

    private bool RecordFailure(string client, int maxFailedAttempts)
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
            if (failures.Times.Count < maxFailedAttempts) return false;
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
