using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// The runtime entry point: loads state, runs one step under the instance lock, commits it as a unit (its
/// signals included), then delivers the step's signals (subprocess start, parent resume, child cancel).
/// </summary>
public sealed partial class WorkflowRuntime(
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    IBookmarkStore bookmarks,
    IWorkflowStepSessions sessions,
    IPendingSignalStore pendingSignals,
    WorkflowExecutor executor,
    ILogger logger) : IWorkflowRuntime
{
    private const int DueBatchSize = 100;
    private readonly ConditionalWeakTable<WorkflowDefinition, Workflow> workflows = [];

    // Invariant: a definition version that an instance runs is never changed in place (WorkflowDefinitionManager makes
    // a new version instead), so the workflow of a version id, once built for a running instance, stays right.
    private readonly ConcurrentDictionary<string, Workflow> running = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.FindAsync(request.DefinitionId, request.VersionOptions, cancellationToken)
            ?? throw new WorkflowNotFoundException(request.DefinitionId, request.VersionOptions.ToString());
        var workflow = workflows.GetValue(definition, Workflow.From);
        var instanceId = request.InstanceId ?? IdGenerator.NewId();
        WorkflowStep step;
        await using (var session = await OpenAsync(instanceId, load: request.InstanceId is not null, cancellationToken))
        {
            if (session.Instance is { } existing) return new WorkflowRunResult(existing, AlreadyStarted: true);
            var instance = executor.CreateInstance(workflow, instanceId, request.CorrelationId, request.Input, request.Parent);
            step = await executor.StartAsync(workflow, instance, request.TriggerActivityId, cancellationToken);
            if (request.Records.Count > 0) step = step with { Records = [.. request.Records, .. step.Records] };
            // Checkpoint: the instance, its first step and the caller's records are durable together, or not at all.
            await session.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Started {DefinitionId} v{Version} as {InstanceId} ({CorrelationId}): {SubStatus}",
            definition.DefinitionId, definition.Version, step.Instance.Id, step.Instance.CorrelationId, step.Instance.SubStatus);
        await DispatchAsync(step.Signals);
        return new WorkflowRunResult(step.Instance);
    }

    /// <inheritdoc />
    public async Task<ResumeResult> ResumeAsync(string bookmarkId, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        WorkflowStep? step;
        string bookmarkName;
        var opened = await sessions.OpenForBookmarkAsync(bookmarkId, cancellationToken);
        if (opened is null) return ResumeResult.AlreadyHandled;
        await using (var session = Logged(opened))
        {
            // The bookmark is checked in the state read under the lock: a concurrent resume may have consumed it.
            if (session.Instance is not { } instance) return ResumeResult.AlreadyHandled;
            bookmarkName = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId)?.Name.Value ?? "";
            var workflow = await LoadAsync(instance, cancellationToken);
            step = await executor.ResumeAsync(workflow, instance, bookmarkId, input, cancellationToken);
            if (step is null) return ResumeResult.AlreadyHandled;
            await session.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Resumed bookmark {BookmarkId} ({BookmarkName}) of {InstanceId} ({CorrelationId}): {SubStatus}",
            bookmarkId, bookmarkName, step.Instance.Id, step.Instance.CorrelationId, step.Instance.SubStatus);
        await DispatchAsync(step.Signals);
        return new ResumeResult(ResumeOutcome.Resumed, step.Instance);
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> SetVariablesAsync(string instanceId, Func<JsonObject, JsonObject?> change, CancellationToken cancellationToken = default)
    {
        await using (var session = await OpenAsync(instanceId, load: true, cancellationToken))
        {
            if (session.Instance is not { } instance) return null;
            var step = executor.SetVariables(await LoadAsync(instance, cancellationToken), instance, change);
            if (step is null) return null;
            await session.CommitAsync(step, cancellationToken);
            logger.LogInformation("Set variables {Names} of {InstanceId} ({CorrelationId})",
                string.Join(", ", step.Audit?.Details?.Select(p => p.Key) ?? []), instanceId, instance.CorrelationId);
            return step.Instance;
        }
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        WorkflowStep? step;
        await using (var session = await OpenAsync(instanceId, load: true, cancellationToken))
        {
            if (session.Instance is not { } instance) return null;
            step = executor.Cancel(await LoadAsync(instance, cancellationToken), instance);
            if (step is null) return instance;
            await session.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Cancelled {InstanceId} ({CorrelationId})", instanceId, step.Instance.CorrelationId);
        await DispatchAsync(step.Signals);
        return step.Instance;
    }

    /// <inheritdoc />
    public async Task<int> ResumeDueBookmarksAsync(CancellationToken cancellationToken = default)
    {
        var resumed = 0;
        var seen = new HashSet<string>();
        while (true)
        {
            var due = (await bookmarks.ListDueAsync(executor.Now, DueBatchSize, cancellationToken)).Where(b => seen.Add(b.Id)).ToList();
            if (due.Count == 0) return resumed;
            foreach (var bookmark in due)
            {
                if ((await ResumeAsync(bookmark.Id, null, cancellationToken)).Outcome == ResumeOutcome.Resumed) resumed++;
            }
        }
    }

    private async Task<Workflow> LoadAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (running.TryGetValue(instance.DefinitionVersionId, out var cached)) return cached;
        var definition = await definitions.FindByIdAsync(instance.DefinitionVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instance.Id} runs definition version {instance.DefinitionVersionId}, which no longer exists.");
        return running.GetOrAdd(instance.DefinitionVersionId, workflows.GetValue(definition, Workflow.From));
    }

    private async Task<IWorkflowStepSession> OpenAsync(string instanceId, bool load, CancellationToken cancellationToken) =>
        Logged(await sessions.OpenAsync(instanceId, load, cancellationToken));

    // The session of one step. What the step did is settled in it, so a failed release (e.g. the database restarting)
    // is logged, never thrown: it must not turn a committed step into an error for the caller, nor hide the error of a
    // step that failed. The session itself makes sure a lock it could not release does not stay taken.
    private LoggedSession Logged(IWorkflowStepSession session) => new(session, logger);

    private sealed class LoggedSession(IWorkflowStepSession session, ILogger logger) : IWorkflowStepSession
    {
        public string InstanceId => session.InstanceId;

        public WorkflowInstance? Instance => session.Instance;

        public Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default) => session.CommitAsync(step, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await session.DisposeAsync();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Releasing the lock of instance {InstanceId} failed; the step's outcome stands", session.InstanceId);
            }
        }
    }
}
