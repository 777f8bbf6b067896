namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>The alterations of a plan applied to one instance.</summary>
public sealed record AlterationJob
{
    /// <summary>The job id.</summary>
    public required string Id { get; init; }

    /// <summary>The plan the job belongs to.</summary>
    public required string PlanId { get; init; }

    /// <summary>The instance the job alters.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>Where the job stands.</summary>
    public AlterationJobStatus Status { get; init; }

    /// <summary>What the alterations did or why they failed.</summary>
    public IReadOnlyList<AlterationLogEntry> Log { get; init; } = [];

    /// <summary>When the job was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was (last) started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
