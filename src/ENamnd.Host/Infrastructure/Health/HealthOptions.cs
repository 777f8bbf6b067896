namespace ENamnd.Host.Infrastructure.Health;

/// <summary>Thresholds of the readiness checks (<c>Health</c> section).</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>A pending outbox message older than this makes the host not ready: sending is stuck.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an SMTP probe's answer is reused, so frequent probes do not load the mail server.</summary>
    public TimeSpan SmtpProbeCacheTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the SMTP probe may take to connect and answer.</summary>
    public TimeSpan SmtpProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
