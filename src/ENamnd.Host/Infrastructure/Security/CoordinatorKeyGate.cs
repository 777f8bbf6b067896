using ENamnd.Http;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// The one check of a coordinator key, for the API key header and the login form alike: the right key is always
/// accepted; a wrong one counts against its client address (and all addresses together), and once they are locked out
/// wrong keys are refused unchecked until the lockout ends.
/// </summary>
internal sealed class CoordinatorKeyGate(CoordinatorKeyStore keys, FailedAttemptTracker attempts, ILogger<CoordinatorKeyGate> logger)
{
    /// <summary>What the key <paramref name="key"/> sent by the client of <paramref name="context"/> comes to.</summary>
    public KeyVerdict Check(HttpContext context, string key)
    {
        if (keys.Matches(key)) return KeyVerdict.Accepted;
        var client = ClientAddress.Of(context);
        if (attempts.IsLockedOut(client, out var retryAfter)) return KeyVerdict.LockedOut(retryAfter);
        // The key is never logged, not even in part.
        logger.LogWarning("Coordinator key rejected for {ClientIp} on {RequestPath}", client, SecretInPath.ForLog(context));
        if (attempts.RecordFailure(client)) logger.LogWarning("Coordinator sign-in locked for {ClientIp} after repeated failures", client);
        return KeyVerdict.Wrong;
    }
}

/// <summary>The verdict on a coordinator key: accepted, wrong, or refused unchecked for <see cref="RetryAfter"/>.</summary>
internal sealed record KeyVerdict(bool IsAccepted, TimeSpan? RetryAfter)
{
    /// <summary>The right key.</summary>
    public static readonly KeyVerdict Accepted = new(true, null);

    /// <summary>A wrong key, counted.</summary>
    public static readonly KeyVerdict Wrong = new(false, null);

    /// <summary>A wrong key from a client locked out for <paramref name="retryAfter"/> more.</summary>
    public static KeyVerdict LockedOut(TimeSpan retryAfter) => new(false, retryAfter);
}
