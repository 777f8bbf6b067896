namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// How many requests one client address may make in a window to what anyone can reach with a guess
/// (<c>RateLimits</c> section): the participants' task links (<c>/tasks/…</c>, <c>/api/tasks/{id}/complete</c>) and
/// the login form. Over the limit the client gets 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimits";

    /// <summary>Task link pages and answers, per address.</summary>
    public RateLimit TaskLinks { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Login attempts (the form's posts), per address.</summary>
    public RateLimit Login { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>The settings that are out of range, in English as start-up errors are.</summary>
    public IReadOnlyList<string> Problems() =>
    [
        .. TaskLinks.Problems($"{Section}:{nameof(TaskLinks)}"),
        .. Login.Problems($"{Section}:{nameof(Login)}"),
    ];
}

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    /// <summary>Requests allowed per window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; set; }

    internal IEnumerable<string> Problems(string key)
    {
        if (PermitLimit < 1) yield return $"{key}:PermitLimit must be at least 1.";
        if (Window <= TimeSpan.Zero) yield return $"{key}:Window must be a positive time span, e.g. 00:01:00.";
    }
}
