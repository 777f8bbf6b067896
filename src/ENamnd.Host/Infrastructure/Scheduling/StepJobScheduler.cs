using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>After a commit: a delayed job per new timer bookmark, and a dispatch job when the step queued messages.</summary>
public sealed class StepJobScheduler(IBackgroundJobClient jobs) : IStepCommitListener
{
    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        foreach (var bookmark in step.AddedBookmarks.Where(b => b.DueAt is not null))
            jobs.Schedule<WorkflowJobs>(j => j.ResumeBookmarkAsync(bookmark.Id, CancellationToken.None), bookmark.DueAt!.Value);
        if (step.Outbox.Count > 0) jobs.Enqueue<WorkflowJobs>(j => j.DispatchOutboxAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}
