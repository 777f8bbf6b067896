using ENamnd.Engine.Stores;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Submits alteration plans (one job per instance the filter selects) and runs their jobs. A plan is stored with its
/// jobs before anything runs, and each job is claimed before it runs, so a crash between jobs loses nothing: the
/// recovery sweep runs what is left, and a job whose runner died is claimed again once it is stale.
/// </summary>
public sealed class AlterationPlanRunner(IWorkflowRuntime runtime, IWorkflowInstanceStore instances, IAlterationPlanStore plans,
    TimeProvider clock, ILogger<AlterationPlanRunner> logger)
{
    /// <summary>How long a job may run before another runner takes it to be dead and claims it again.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>The ids of the instances a filter selects (Elsa's dry run), oldest first.</summary>
    public async Task<IReadOnlyList<string>> FindInstancesAsync(AlterationInstanceFilter filter, CancellationToken cancellationToken = default) =>
        [.. (await instances.ListAsync(new WorkflowInstanceFilter(), cancellationToken))
            .Where(filter.Matches).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id)];

    /// <summary>Stores a plan with a pending job for every instance the filter selects now; runs nothing.</summary>
    public async Task<AlterationPlan> SubmitAsync(IReadOnlyList<Alteration> alterations, AlterationInstanceFilter filter, string? planId = null,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var plan = new AlterationPlan { Id = planId ?? IdGenerator.NewId(), Alterations = alterations, Filter = filter, Status = AlterationPlanStatus.Pending, CreatedAt = now };
        var jobs = (await FindInstancesAsync(filter, cancellationToken))
            .Select(id => new AlterationJob { Id = IdGenerator.NewId(), PlanId = plan.Id, WorkflowInstanceId = id, Status = AlterationJobStatus.Pending, CreatedAt = now })
            .ToList();
        // Checkpoint: the plan and its jobs are durable together; from here the plan is run to its end, whatever crashes.
        await plans.AddAsync(plan, jobs, cancellationToken);
        logger.LogInformation("Alteration plan {PlanId} submitted: {Alterations} on {Count} instance(s)",
            plan.Id, string.Join(", ", alterations.Select(a => a.Type)), jobs.Count);
        return plan;
    }

    /// <summary>Runs the pending jobs of a plan and completes it when none is left; a finished or unknown plan is a no-op.</summary>
    public async Task RunAsync(string planId, CancellationToken cancellationToken = default)
    {
        if (await plans.FindAsync(planId, cancellationToken) is not { } plan || AlterationPlanStates.IsFinished(plan.Status)) return;
        if (plan.Status != AlterationPlanStatus.Running)
            await plans.SetPlanStatusAsync(planId, AlterationPlanStatus.Running, clock.GetUtcNow(), cancellationToken);
        foreach (var job in await plans.ListJobsAsync(planId, cancellationToken))
        {
            var now = clock.GetUtcNow();
            if (!AlterationPlanStates.IsClaimable(job, now - StaleAfter)) continue;
            if (!await plans.TryClaimJobAsync(job.Id, now, now - StaleAfter, cancellationToken)) continue;
            var result = await runtime.AlterAsync(job.WorkflowInstanceId, plan.Alterations, cancellationToken);
            // Checkpoint: a crash before this line leaves the job running; it is claimed again when stale, and an alteration
            // already applied is then refused with a reason (e.g. nothing left to retry), never applied twice.
            await plans.FinishJobAsync(job.Id, result.IsSuccessful ? AlterationJobStatus.Completed : AlterationJobStatus.Failed, result.Log, clock.GetUtcNow(), cancellationToken);
        }
        var jobs = await plans.ListJobsAsync(planId, cancellationToken);
        if (jobs.All(j => j.Status is AlterationJobStatus.Completed or AlterationJobStatus.Failed))
        {
            await plans.SetPlanStatusAsync(planId, AlterationPlanStatus.Completed, clock.GetUtcNow(), cancellationToken);
            logger.LogInformation("Alteration plan {PlanId} completed: {Failed} of {Count} job(s) failed",
                planId, jobs.Count(j => j.Status == AlterationJobStatus.Failed), jobs.Count);
        }
    }

    /// <summary>Runs every plan left unfinished (by a crash or a lost background job); returns how many were looked at.</summary>
    public async Task<int> RunUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = await plans.ListUnfinishedAsync(cancellationToken);
        foreach (var planId in unfinished) await RunAsync(planId, cancellationToken);
        return unfinished.Count;
    }
}
