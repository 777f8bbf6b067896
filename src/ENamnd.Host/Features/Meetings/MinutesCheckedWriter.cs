using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Records the justering with the step in which the last of the chair and the justerare signed (<see cref="MinutesChecked"/>):
/// the meeting is justerad that day, unless the secretary recorded it first.
/// </summary>
public sealed class MinutesCheckedWriter(MeetingLog log, TimeProvider clock) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => MinutesChecked.RecordKind;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var record = payload.Deserialize<MinutesChecked>(ValueConverter.JsonOptions) ?? throw new JsonException("Empty justering.");
        var row = await db.Set<MeetingRow>().FirstOrDefaultAsync(m => m.Id == record.MeetingId, cancellationToken);
        if (row is null || row.JusteradOn is not null) return;
        row.JusteradOn = MeetingTimes.Iso(record.CheckedOn);
        row.UpdatedAt = clock.GetUtcNow();
        var signers = string.Join(", ", record.Signatures.Select(s => s.SignedBy));
        log.Add(db, record.MeetingId, MeetingLog.Kinds.Justering, new MeetingRecorder(signers, record.Signatures.LastOrDefault()?.Channel ?? TaskChannels.EmailLink),
            $"Justerat {SwedishDates.Day(record.CheckedOn)} av {signers}");
    }
}

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

/// <summary>The job behind <see cref="MinutesCheckedRelay"/> (apart from it, because the runtime it uses notifies the listeners).</summary>
public sealed class MeetingJusteringJobs(MeetingCalendar calendar, MeetingJustering justering)
{
    /// <summary>Continues the workflows waiting for the justering of a meeting.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task ContinueAsync(string meetingId, CancellationToken cancellationToken)
    {
        if (await calendar.FindAsync(meetingId, cancellationToken) is { JusteradOn: not null } meeting) await justering.ContinueAsync(meeting, cancellationToken);
    }
}
