namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>The status rules every plan store follows, decided here once.</summary>
public static class AlterationPlanStates
{
    /// <summary>Whether a plan or job status is final.</summary>
    public static bool IsFinished(AlterationPlanStatus status) => status is AlterationPlanStatus.Completed or AlterationPlanStatus.Failed;

    /// <summary>Whether a job may be claimed: pending, or running since before <paramref name="staleBefore"/> (its runner crashed).</summary>
    public static bool IsClaimable(AlterationJob job, DateTimeOffset staleBefore) =>
        job.Status == AlterationJobStatus.Pending || (job.Status == AlterationJobStatus.Running && job.StartedAt < staleBefore);

    /// <summary>A plan with a new status: the first start time is kept; a final status sets the completion time.</summary>
    public static AlterationPlan WithStatus(AlterationPlan plan, AlterationPlanStatus status, DateTimeOffset at) => plan with
    {
        Status = status,
        StartedAt = plan.StartedAt ?? (status == AlterationPlanStatus.Pending ? null : at),
        CompletedAt = IsFinished(status) ? at : plan.CompletedAt,
    };
}
