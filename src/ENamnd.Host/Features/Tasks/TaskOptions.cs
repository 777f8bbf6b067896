namespace ENamnd.Host.Features.Tasks;

/// <summary>Participant task settings (<c>Tasks</c> section).</summary>
public sealed class TaskOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tasks";

    /// <summary>The shortest secret accepted.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>The secret link tokens are derived from; empty means one generated once into the data directory.</summary>
    /// <remarks>Hosts sharing one database must share this secret (or the data directory), or their links will not match.</remarks>
    public string? TokenSecret { get; set; }

    /// <summary>The time of day (Stockholm, <c>HH:mm</c>) a time to answer ends on its working day; default 16:00.</summary>
    public string DeadlineTime { get; set; } = "16:00";

    /// <summary>The deadline time, when <see cref="DeadlineTime"/> is a valid time.</summary>
    public TimeOnly? DeadlineTimeOfDay =>
        TimeOnly.TryParseExact(DeadlineTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? time : null;

    /// <summary>Whether a secret is configured.</summary>
    public bool HasConfiguredSecret => !string.IsNullOrEmpty(TokenSecret);
}
