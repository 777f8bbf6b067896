namespace ENamnd.Activities.Tasks;

/// <summary>A task that ended: decided by its recipient, or closed by the workflow (cancelled, escalated, timed out).</summary>
public sealed record ClosedTask
{
    public required string TaskId { get; init; }

    /// <summary>Decided, Cancelled, Escalated or TimedOut.</summary>
    public required HumanTaskStatus Status { get; init; }

    public string? Outcome { get; init; }
    public string? Comment { get; init; }
    public string? Reference { get; init; }
    public string? DecidedBy { get; init; }

    /// <summary>The answered further fields, by name.</summary>
    public IReadOnlyDictionary<string, string>? Fields { get; init; }

    /// <summary>How the decision arrived: email-link, api.</summary>
    public string? Channel { get; init; }

    public DateTimeOffset ClosedAt { get; init; }
}
