using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// The runtime entry point: loads state, runs one step under the instance lock, commits it as a unit,
/// then carries out the step's signals (subprocess start, parent resume, child cancel).
/// </summary>
public sealed class WorkflowRuntime(
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    IBookmarkStore bookmarks,
    IWorkflowStepCommitter committer,
    IInstanceLock locks,
    WorkflowExecutor executor,
    ILogger logger) : IWorkflowRuntime
{
    private const int DueBatchSize = 100;
    private readonly ConditionalWeakTable<WorkflowDefinition, Workflow> workflows = [];

    /// <inheritdoc />
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.FindAsync(request.DefinitionId, request.VersionOptions, cancellationToken)
            ?? throw new WorkflowNotFoundException(request.DefinitionId, request.VersionOptions.ToString());
        var workflow = workflows.GetValue(definition, Workflow.From);
        var instanceId = request.InstanceId ?? IdGenerator.NewId();
        WorkflowStep step;
        await using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            if (request.InstanceId is not null && await instances.FindAsync(instanceId, cancellationToken) is { } existing)
                return new WorkflowRunResult(existing, AlreadyStarted: true);
            var instance = executor.CreateInstance(workflow, instanceId, request.CorrelationId, request.Input, request.Parent);
            step = await executor.StartAsync(workflow, instance, cancellationToken);
            if (request.Records.Count > 0) step = step with { Records = [.. request.Records, .. step.Records] };
            // Checkpoint: the instance, its first step and the caller's records are durable together, or not at all.
            await committer.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Started {DefinitionId} v{Version} as {InstanceId} ({CorrelationId}): {SubStatus}",
            definition.DefinitionId, definition.Version, step.Instance.Id, step.Instance.CorrelationId, step.Instance.SubStatus);
        await DispatchAsync(step.Signals);
        return new WorkflowRunResult(step.Instance);
    }

    /// <inheritdoc />
    public async Task<ResumeResult> ResumeAsync(string bookmarkId, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        var bookmark = await bookmarks.FindAsync(bookmarkId, cancellationToken);
        if (bookmark is null) return ResumeResult.AlreadyHandled;
        WorkflowStep? step;
        await using (await locks.AcquireAsync(bookmark.InstanceId, cancellationToken))
        {
            // Checked again under the lock: a concurrent resume may have consumed the bookmark meanwhile.
            var instance = await instances.FindAsync(bookmark.InstanceId, cancellationToken);
            if (instance is null) return ResumeResult.AlreadyHandled;
            var workflow = await LoadAsync(instance, cancellationToken);
            step = await executor.ResumeAsync(workflow, instance, bookmarkId, input, cancellationToken);
            if (step is null) return ResumeResult.AlreadyHandled;
            await committer.CommitAsync(step, cancellationToken);
        }
        logger.LogInformation("Resumed bookmark {BookmarkId} ({BookmarkName}) of {InstanceId} ({CorrelationId}): {SubStatus}",
            bookmarkId, bookmark.Name.Value, step.Instance.Id, step.Instance.CorrelationId, step.Instance.SubStatus);
        await DispatchAsync(step.Signals);
        return new ResumeResult(ResumeOutcome.Resumed, step.Instance);
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> SetVariablesAsync(string instanceId, Func<JsonObject, JsonObject?> change, CancellationToken cancellationToken = default)
    {
        await using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            var instance = await instances.FindAsync(instanceId, cancellationToken);
            if (instance is null) return null;
            var step = executor.SetVariables(await LoadAsync(instance, cancellationToken), instance, change);
            if (step is null) return null;
            await committer.CommitAsync(step, cancellationToken);
            logger.LogInformation("Set variables {Names} of {InstanceId} ({CorrelationId})",
                string.Join(", ", step.Audit?.Details?.Select(p => p.Key) ?? []), instanceId, instance.CorrelationId);
            return step.Instance;
        }
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        WorkflowStep? step;
        await using (await locks.AcquireAsync(instanceId, cancellationToken))
        {
            var instance = await instances.FindAsync(instanceId, cancellationToken);
            if (instance is null) return null;
            step = executor.Cancel(await LoadAsync(instance, cancellationToken), instance);
            if (step is null) return instance;
            await committer.CommitAsync(step, cancellationToken);
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
        var definition = await definitions.FindByIdAsync(instance.DefinitionVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instance.Id} runs definition version {instance.DefinitionVersionId}, which no longer exists.");
        return workflows.GetValue(definition, Workflow.From);
    }

    // Signals follow a committed step, so a caller that gives up (an aborted request) must not cut them off.
    // Checkpoint: the step that sent them is durable, the signals are not. Nothing resends a signal lost in a
    // crash here (no sweep does yet): the parent or child keeps waiting on its bookmark. Repeating a child
    // start is harmless: its instance id is fixed in the parent's bookmark, so the second start finds it.
    private async Task DispatchAsync(IReadOnlyList<WorkflowSignal> signals)
    {
        var cancellationToken = CancellationToken.None;
        foreach (var signal in signals)
        {
            switch (signal)
            {
                case WorkflowSignal.StartChild start:
                    await StartChildAsync(start, cancellationToken);
                    break;
                case WorkflowSignal.ResumeParent resume:
                    await ResumeAsync(resume.Parent.BookmarkId, resume.Result, cancellationToken);
                    break;
                case WorkflowSignal.CancelChild cancel:
                    await CancelAsync(cancel.ChildInstanceId, cancellationToken);
                    break;
            }
        }
    }

    private async Task StartChildAsync(WorkflowSignal.StartChild start, CancellationToken cancellationToken)
    {
        var request = new StartWorkflowRequest(start.DefinitionId)
        {
            VersionOptions = start.Version is { } version ? VersionOptions.SpecificVersion(version) : VersionOptions.Published,
            CorrelationId = start.CorrelationId,
            Input = start.Input,
            InstanceId = start.ChildInstanceId,
            Parent = start.Parent,
        };
        try
        {
            await StartAsync(request, cancellationToken);
        }
        catch (WorkflowNotFoundException e) when (start.Parent is not null)
        {
            // The parent waits for a child that cannot exist: let it fault with the reason instead of waiting forever.
            await ResumeAsync(start.Parent.BookmarkId, new JsonObject { ["subStatus"] = nameof(WorkflowSubStatus.Faulted), ["error"] = e.Message }, cancellationToken);
        }
    }
}
