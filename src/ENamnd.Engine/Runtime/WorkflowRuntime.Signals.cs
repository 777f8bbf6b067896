using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    private const int SignalBatchSize = 100;

    /// <inheritdoc />
    public async Task<int> DeliverPendingSignalsAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        var seen = new HashSet<string>();
        while (true)
        {
            var pending = (await pendingSignals.ListPendingAsync(executor.Now - minimumAge, SignalBatchSize, cancellationToken))
                .Where(s => seen.Add(s.Id)).ToList();
            if (pending.Count == 0) return delivered;
            foreach (var signal in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                logger.LogInformation("Delivering signal {SignalId} ({Signal}) of instance {InstanceId} again, committed at {CommittedAt:O}",
                    signal.Id, signal.Signal.GetType().Name, signal.InstanceId, signal.CreatedAt);
                if (await TryDeliverAsync(signal)) delivered++;
            }
        }
    }

    // Checkpoint: the step and its signals are durable together. Each signal is delivered here, right after the commit,
    // and then marked delivered in a short write of its own. A crash in between leaves it pending, and the sweep
    // (DeliverPendingSignalsAsync) delivers it again; so does a delivery that fails here. Delivering twice is harmless:
    // a child's instance id is fixed (a second start finds the child), a consumed bookmark reports AlreadyHandled and
    // cancelling an ended instance changes nothing. Signals follow a committed step, so a caller that gives up (an
    // aborted request) must not cut them off, and a failed one must not fail the caller, whose step succeeded.
    private async Task DispatchAsync(IReadOnlyList<PendingSignal> signals)
    {
        foreach (var signal in signals) await TryDeliverAsync(signal);
    }

    // Delivers one signal and records it; false, with a warning, when either failed and the sweep is to deliver it again.
    private async Task<bool> TryDeliverAsync(PendingSignal pending)
    {
        var cancellationToken = CancellationToken.None;
        try
        {
            switch (pending.Signal)
            {
                case WorkflowSignal.StartChild start:
                    await StartChildAsync(start, cancellationToken);
                    break;
                case WorkflowSignal.ResumeParent { Parent.BookmarkId: { } bookmarkId } resume:
                    await ResumeAsync(bookmarkId, resume.Result, cancellationToken);
                    break;
                case WorkflowSignal.CancelChild cancel:
                    await CancelAsync(cancel.ChildInstanceId, cancellationToken);
                    break;
            }
            // Persistence point: from here on the signal is not delivered again.
            await pendingSignals.MarkDeliveredAsync(pending.Id, cancellationToken);
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Signal {SignalId} ({Signal}) of instance {InstanceId} was not delivered; the sweep delivers it again",
                pending.Id, pending.Signal.GetType().Name, pending.InstanceId);
            return false;
        }
    }

    private async Task StartChildAsync(WorkflowSignal.StartChild start, CancellationToken cancellationToken)
    {
        // A parent that no longer waits gets no child. Only a sweep after a crash meets one: it may deliver this
        // start after a later step of the parent cancelled the child that did not exist yet. A child that did
        // start is found below (AlreadyStarted) or has already ended, so nothing is lost by skipping.
        if (start.Parent is { BookmarkId: { } awaited } && await bookmarks.FindAsync(awaited, cancellationToken) is null) return;
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
        catch (WorkflowNotFoundException e) when (start.Parent?.BookmarkId is { } waiting)
        {
            // The parent waits for a child that cannot exist: let it fault with the reason instead of waiting forever.
            await ResumeAsync(waiting, new JsonObject { ["subStatus"] = nameof(WorkflowSubStatus.Faulted), ["error"] = e.Message }, cancellationToken);
        }
        catch (WorkflowNotFoundException e)
        {
            // Nobody waits for this child, and retrying cannot make the definition appear: the start is given up.
            logger.LogWarning("Child {ChildInstanceId} of {ParentInstanceId} was not started: {Reason}",
                start.ChildInstanceId, start.Parent?.InstanceId, e.Message);
        }
    }
}
