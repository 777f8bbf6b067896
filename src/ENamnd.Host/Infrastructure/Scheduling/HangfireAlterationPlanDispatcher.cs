using ENamnd.Engine.Runtime.Alterations;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Runs a submitted alteration plan in a Hangfire job, so the submit request does not wait for its jobs.</summary>
public sealed class HangfireAlterationPlanDispatcher(IBackgroundJobClient jobs) : IAlterationPlanDispatcher
{
    /// <inheritdoc />
    public Task DispatchAsync(string planId, CancellationToken cancellationToken = default)
    {
        jobs.Enqueue<WorkflowJobs>(j => j.RunAlterationPlanAsync(planId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
