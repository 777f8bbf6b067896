using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Whether alterations may change the instance: it runs, or it faulted and may be retried or cancelled.</summary>
    internal bool IsAlterable => IsRunning || Instance.SubStatus == WorkflowSubStatus.Faulted;

    /// <summary>Opens a faulted instance again so that work can run in it; a running instance is left as it is.</summary>
    internal void Reopen()
    {
        if (IsRunning) return;
        Instance.Status = WorkflowStatus.Running;
        Instance.SubStatus = WorkflowSubStatus.Executing;
        Instance.FinishedAt = null;
    }

    /// <summary>Cancels an execution and tells its parent, which goes on as if the activity had ended without an outcome.</summary>
    internal void CancelAndNotifyParent(ActivityExecutionContext context)
    {
        // A faulted execution counts as closed; cancelling it (skipping the activity) closes it for good.
        if (context.State.Status == ActivityStatus.Faulted) context.State.Status = ActivityStatus.Running;
        Cancel(context);
        if (context.State.ParentId is { } parentId && live.ContainsKey(parentId))
            queue.Enqueue(new WorkItem(WorkItemKind.ChildCompleted, parentId, Child: new ChildCompletion(context.Activity, context.Id, [])));
    }

    /// <summary>Runs a faulted execution again where it failed.</summary>
    internal void Retry(ActivityExecutionContext context)
    {
        context.State.Status = ActivityStatus.Pending;
        queue.Enqueue(new WorkItem(WorkItemKind.Execute, context.Id));
    }

    /// <summary>Records an alteration in the journal, on the workflow's root activity (Elsa adds it to the execution log).</summary>
    internal void JournalAlteration(string type, string message) =>
        Journal(Workflow.Root, null, JournalEventType.Log, message: message, payload: new JsonObject { ["alteration"] = type });

    /// <summary>
    /// The same step over another version of the workflow (a migration): what the step changed so far carries over, but
    /// for its journal entries, which the caller takes from the instance. Every live execution's node must exist in
    /// <paramref name="target"/>.
    /// </summary>
    internal WorkflowExecutionContext Rebind(Workflow target)
    {
        var rebound = new WorkflowExecutionContext(target, Instance, Services);
        rebound.addedBookmarks.AddRange(addedBookmarks);
        rebound.removedBookmarkIds.AddRange(removedBookmarkIds);
        rebound.signals.AddRange(signals);
        rebound.outbox.AddRange(outbox);
        rebound.records.AddRange(records);
        foreach (var item in queue) rebound.queue.Enqueue(item);
        return rebound;
    }
}
