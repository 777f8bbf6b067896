using ENamnd.Persistence.Outbox;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Wakes the outbox with a Hangfire job that dispatches it now.</summary>
public sealed class OutboxWakeUp(IBackgroundJobClient jobs) : IOutboxWakeUp
{
    /// <inheritdoc />
    public void Wake() => jobs.Enqueue<WorkflowJobs>(j => j.DispatchOutboxAsync(CancellationToken.None));
}
