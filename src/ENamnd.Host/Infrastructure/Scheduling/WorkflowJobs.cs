using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Stores;
using ENamnd.Host.Infrastructure.Telemetry;
using ENamnd.Persistence.Outbox;
using Hangfire;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>The Hangfire jobs of the runtime. They take ids, stay short and are safe to run twice.</summary>
public sealed class WorkflowJobs(IWorkflowRuntime runtime, IBookmarkStore bookmarks, OutboxDispatcher outbox, AlterationPlanRunner alterations,
    ENamndMetrics metrics, TimeProvider clock, ILogger<WorkflowJobs> logger)
{
    // Hangfire keeps its schedule in whole seconds, so a timer's job may start up to a second before the timer is due.
    private static readonly TimeSpan MaxEarly = TimeSpan.FromSeconds(2);

    // A signal is delivered right after its step commits; one younger than this is left to that delivery.
    private static readonly TimeSpan InProcessDelivery = TimeSpan.FromSeconds(5);

    /// <summary>Resumes a due timer bookmark; a bookmark already handled is a no-op.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task ResumeBookmarkAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BookmarkId"] = bookmarkId });
        // A job that starts just before its timer is due waits for it: a delay never ends early.
        if (await bookmarks.FindAsync(bookmarkId, cancellationToken) is { DueAt: { } dueAt } && dueAt - clock.GetUtcNow() is var early
            && early > TimeSpan.Zero && early <= MaxEarly)
            await Task.Delay(early, cancellationToken);
        var result = await runtime.ResumeAsync(bookmarkId, null, cancellationToken);
        logger.LogDebug("Timer bookmark {BookmarkId}: {Outcome}", bookmarkId, result.Outcome);
    }

    /// <summary>Runs the pending jobs of a submitted alteration plan; each job is claimed first, so a second run skips it.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task RunAlterationPlanAsync(string planId, CancellationToken cancellationToken) => alterations.RunAsync(planId, cancellationToken);

    /// <summary>
    /// Starts a dispatched workflow (<see cref="HangfireWorkflowDispatcher"/>); run again, it finds the instance its instance id
    /// already names. A definition deleted or unpublished meanwhile starts nothing.
    /// </summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task StartWorkflowAsync(string definitionId, string versionOptions, string instanceId, string? correlationId, string? input,
        CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["InstanceId"] = instanceId });
        var request = new StartWorkflowRequest(definitionId)
        {
            VersionOptions = VersionOptions.TryParse(versionOptions, out var options) ? options : VersionOptions.Published,
            InstanceId = instanceId,
            CorrelationId = correlationId,
            Input = input is null ? null : JsonNode.Parse(input) as JsonObject,
        };
        try
        {
            await runtime.StartAsync(request, cancellationToken);
        }
        catch (WorkflowNotFoundException e)
        {
            logger.LogWarning("Dispatched start of {DefinitionId} dropped: {Reason}", definitionId, e.Message);
        }
    }

    /// <summary>
    /// Recovers the hand-offs a crash or a lost job left undone: delivers the signals of committed steps that were never
    /// delivered (a subprocess to start, a parent to resume, a child to cancel), resumes every due bookmark whose own job
    /// was lost (e.g. in-memory Hangfire after a restart), and runs what is left of alteration plans a crash interrupted.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    public Task SweepDueBookmarksAsync(CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync(RecurringJobIds.DueBookmarkSweep, () => SweepAsync(cancellationToken));

    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var delivered = await runtime.DeliverPendingSignalsAsync(InProcessDelivery, cancellationToken);
        if (delivered > 0) logger.LogInformation("Sweep delivered {Count} pending signal(s)", delivered);
        var resumed = await runtime.ResumeDueBookmarksAsync(cancellationToken);
        if (resumed > 0) logger.LogInformation("Sweep resumed {Count} due bookmark(s)", resumed);
        var plans = await alterations.RunUnfinishedAsync(cancellationToken);
        if (plans > 0) logger.LogInformation("Sweep ran {Count} unfinished alteration plan(s)", plans);
        return delivered + resumed + plans;
    }

    /// <summary>Sends what the outbox holds.</summary>
    [AutomaticRetry(Attempts = 0)]
    public Task DispatchOutboxAsync(CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync(RecurringJobIds.OutboxDispatcher, () => outbox.DispatchAsync(cancellationToken));
}
