using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// The coordinator's session stamp: every sign-in cookie carries the stamp it was issued under, and a cookie whose
/// stamp is no longer the current one is refused. Signing out renews the stamp, so the cookie that signed out (and any
/// copy of it, and every other coordinator session) stops working on the server, not only in the browser. The stamp is
/// kept by an <see cref="ICoordinatorSessionStampStore"/>, so it holds across restarts and, on PostgreSQL, is shared by
/// every host on the database.
/// </summary>
/// <remarks>
/// Guarantees: a host refuses a stamp another host's sign-out replaced within <see cref="CacheTime"/>; a host never
/// accepts the old stamp after its own sign-out (renewing replaces what it remembers at once, and a read that began
/// before the renewal is not remembered); a stamp newer than the remembered one (a sign-in on another host after a
/// sign-out there) is checked against the store before it is refused. The clock only measures how old the remembered
/// stamp is (the host passes the system clock).
/// </remarks>
internal sealed class CoordinatorSessionStamp(ICoordinatorSessionStampStore store, TimeProvider clock)
{
    /// <summary>The claim that carries the stamp in the cookie.</summary>
    public const string ClaimType = "enamnd:session-stamp";

    /// <summary>
    /// How long a host checks cookies against the stamp it last read before reading it again: the longest a sign-out on
    /// another host of the same database takes to end the sessions on this one. Decided here only.
    /// </summary>
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim renewing = new(1, 1);
    private string? remembered;
    private DateTimeOffset readAt;
    private long renewals;

    /// <summary>The stamp new cookies get, read from the store (not the remembered one), so a fresh sign-in is not issued a stamp another host has already replaced.</summary>
    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    /// <summary>Whether <paramref name="stamp"/> is the current stamp, compared in constant time.</summary>
    public async ValueTask<bool> IsCurrentAsync(string? stamp, CancellationToken cancellationToken)
    {
        if (stamp is null) return false;
        string? known;
        lock (gate) known = remembered is not null && clock.GetUtcNow() - readAt < CacheTime ? remembered : null;
        if (known is not null && Same(stamp, known)) return true;
        return Same(stamp, await ReadAsync(cancellationToken));
    }

    /// <summary>Makes a new stamp: every cookie issued before stops working, on this host at once, on the others within <see cref="CacheTime"/>.</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        await renewing.WaitAsync(cancellationToken);
        try
        {
            var stamp = NewStamp();
            await store.ReplaceAsync(stamp, cancellationToken);
            lock (gate)
            {
                renewals++;
                Remember(stamp);
            }
        }
        finally
        {
            renewing.Release();
        }
    }

    private async ValueTask<string> ReadAsync(CancellationToken cancellationToken)
    {
        long before;
        lock (gate) before = renewals;
        var stamp = await store.ReadOrCreateAsync(NewStamp(), cancellationToken);
        lock (gate)
        {
            // This host renewed while the read was under way: what was read may be the stamp it just replaced.
            if (renewals != before) return remembered!;
            Remember(stamp);
            return stamp;
        }
    }

    private void Remember(string stamp)
    {
        remembered = stamp;
        readAt = clock.GetUtcNow();
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string NewStamp() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
