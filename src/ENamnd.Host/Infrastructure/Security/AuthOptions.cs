namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Coordinator authentication settings (<c>Auth</c> section).</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The shortest coordinator key accepted from configuration.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The coordinator API key. Left empty, a key is generated at first start and kept in the data directory.</summary>
    public string? CoordinatorApiKey { get; set; }

    /// <summary>Failed key attempts from one client address, within <see cref="FailureWindow"/>, that lock it out.</summary>
    public int MaxFailedAttempts { get; set; } = 10;

    /// <summary>
    /// Failed key attempts from all addresses together, within <see cref="FailureWindow"/>, after which every wrong key
    /// is refused unchecked for the rest of the window: guesses spread over many addresses are limited too.
    /// </summary>
    public int MaxFailedAttemptsOverall { get; set; } = 100;

    /// <summary>The window in which failed attempts are counted; a lockout lasts as long.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a coordinator's sign-in cookie stays valid without activity (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether a key is configured (an empty or blank value counts as none).</summary>
    public bool HasConfiguredKey => !string.IsNullOrWhiteSpace(CoordinatorApiKey);
}
