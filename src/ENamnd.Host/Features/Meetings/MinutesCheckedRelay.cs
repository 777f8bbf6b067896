using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using Hangfire;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// After a justering by the chair and the justerare has committed, a job continues the workflows whose decisions waited for
/// it; should a host stop before that, the daily <see cref="MeetingReminderJob"/> does it.
/// </summary>
public sealed class MinutesCheckedRelay(IBackgroundJobClient jobs, ILogger<MinutesCheckedRelay> logger) : IStepCommitListener
{
    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        foreach (var record in step.Records.Where(r => r.Kind == MinutesChecked.RecordKind))
        {
            if (ValueConverter.Convert<MinutesChecked>(record.Payload) is not { } justerad) continue;
            var job = jobs.Enqueue<MeetingJusteringJobs>(j => j.ContinueAsync(justerad.MeetingId, CancellationToken.None));
            logger.LogInformation("Minutes of meeting {MeetingId} justerade by {Count} signers; job {JobId} continues its decisions", justerad.MeetingId, justerad.Signatures.Count, job);
        }
        return Task.CompletedTask;
    }
}
