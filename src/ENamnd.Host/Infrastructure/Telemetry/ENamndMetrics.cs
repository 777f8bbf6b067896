using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ENamnd.Host.Infrastructure.Telemetry;

/// <summary>
/// The host's own instruments on the meter <see cref="ENamndTelemetry.Name"/>: steps committed, resumes, emails, job runs
/// and the outbox backlog. Created from the host's <see cref="IMeterFactory"/>; nearly free while nothing listens.
/// </summary>
public sealed class ENamndMetrics
{
    private readonly Counter<long> stepsCommitted;
    private readonly Counter<long> resumes;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> emailsFailed;
    private readonly Counter<long> jobRuns;
    private readonly Histogram<double> jobDuration;

    /// <summary>Creates the instruments; the backlog gauge reads <paramref name="backlog"/>.</summary>
    public ENamndMetrics(IMeterFactory meters, OutboxBacklogGauge backlog)
    {
        var meter = meters.Create(new MeterOptions(ENamndTelemetry.Name) { Version = ENamndTelemetry.Version });
        stepsCommitted = meter.CreateCounter<long>("enamnd.workflow.steps_committed", "{step}", "Workflow steps committed, by workflow definition.");
        resumes = meter.CreateCounter<long>("enamnd.workflow.resumes", "{resume}", "Bookmark resumes through the runtime, by outcome.");
        emailsSent = meter.CreateCounter<long>("enamnd.email.sent", "{email}", "Emails handed to the transport.");
        emailsFailed = meter.CreateCounter<long>("enamnd.email.failed", "{email}", "Emails that could not be sent, by whether a retry may help.");
        jobRuns = meter.CreateCounter<long>("enamnd.job.runs", "{run}", "Background job runs, by job id and outcome.");
        jobDuration = meter.CreateHistogram<double>("enamnd.job.duration", "s", "How long background job runs took, by job id and outcome.");
        meter.CreateObservableGauge("enamnd.outbox.pending", backlog.Pending, "{message}", "Outbox messages not yet sent.");
    }

    /// <summary>Counts a committed step of <paramref name="definitionId"/>.</summary>
    public void StepCommitted(string definitionId) => stepsCommitted.Add(1, new KeyValuePair<string, object?>("workflow.definition", definitionId));

    /// <summary>Counts <paramref name="count"/> resumes with their outcome (<c>resumed</c>, <c>already_handled</c>).</summary>
    public void Resumed(string outcome, long count = 1)
    {
        if (count > 0) resumes.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>Counts a sent email.</summary>
    public void EmailSent() => emailsSent.Add(1);

    /// <summary>Counts an email that failed, transient or permanent.</summary>
    public void EmailFailed(bool transient) => emailsFailed.Add(1, new KeyValuePair<string, object?>("transient", transient));

    /// <summary>Runs a job inside a span, counting the run and its duration by id and outcome (<c>succeeded</c>, <c>failed</c>).</summary>
    public async Task<T> MeasureJobAsync<T>(string jobId, Func<Task<T>> run)
    {
        using var activity = ENamndTelemetry.ActivitySource.StartActivity("job " + jobId);
        activity?.SetTag("enamnd.job.id", jobId);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await run();
            outcome = "succeeded";
            return result;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            var tags = new TagList { { "job.id", jobId }, { "outcome", outcome } };
            jobRuns.Add(1, tags);
            jobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
