namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>A submitted set of alterations and the filter that chose the instances it applies to; one job per instance.</summary>
public sealed record AlterationPlan
{
    /// <summary>The plan id.</summary>
    public required string Id { get; init; }

    /// <summary>The alterations, applied in order to each instance.</summary>
    public required IReadOnlyList<Alteration> Alterations { get; init; }

    /// <summary>The filter the instances were chosen by when the plan was submitted.</summary>
    public required AlterationInstanceFilter Filter { get; init; }

    /// <summary>Where the plan stands.</summary>
    public AlterationPlanStatus Status { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its first job started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When its last job ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
