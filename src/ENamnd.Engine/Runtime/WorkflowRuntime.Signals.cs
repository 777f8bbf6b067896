using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    // Signals follow a committed step, so a caller that gives up (an aborted request) must not cut them off, and a
    // signal that fails must not fail the caller either: its step is committed, and the caller's call succeeded.
    // Checkpoint: the step that sent them is durable, the signals are not. Nothing resends a signal lost in a
    // crash here (no sweep does yet): the parent or child keeps waiting on its bookmark. Repeating a child
    // start is harmless: its instance id is fixed in the parent's bookmark, so the second start finds it.
    private async Task DispatchAsync(WorkflowInstance sender, IReadOnlyList<WorkflowSignal> signals)
    {
        var cancellationToken = CancellationToken.None;
        foreach (var signal in signals)
        {
            try
            {
                await DeliverAsync(signal, cancellationToken);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Signal {Signal} of instance {InstanceId} was not delivered", signal.GetType().Name, sender.Id);
            }
        }
    }

    private async Task DeliverAsync(WorkflowSignal signal, CancellationToken cancellationToken)
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
