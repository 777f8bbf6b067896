using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Completes an execution: its descendants are cancelled, its bookmarks removed and its parent told.</summary>
    internal void Complete(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        if (context.IsClosed) return;
        foreach (var child in ChildrenOf(context).ToList()) Cancel(child);
        RemoveBookmarksOf(context);
        context.State.Status = ActivityStatus.Completed;
        Journal(context, JournalEventType.Completed, outcomes);
        Close(context);
        if (context.State.ParentId is { } parentId)
        {
            if (live.ContainsKey(parentId))
                queue.Enqueue(new WorkItem(WorkItemKind.ChildCompleted, parentId, Child: new ChildCompletion(context.Activity, context.Id, outcomes)));
        }
        else
        {
            Finish(WorkflowSubStatus.Finished);
        }
    }

    /// <summary>Cancels an execution and everything below it.</summary>
    internal void Cancel(ActivityExecutionContext context)
    {
        if (context.IsClosed) return;
        foreach (var child in ChildrenOf(context).ToList()) Cancel(child);
        context.Activity.OnCancelled(context);
        RemoveBookmarksOf(context);
        context.State.Status = ActivityStatus.Cancelled;
        Journal(context, JournalEventType.Cancelled);
        Close(context);
    }

    /// <summary>Faults the instance: the error goes to the journal and the incidents; nothing else runs.</summary>
    internal void Fault(ActivityExecutionContext context, Exception error)
    {
        var message = error is ActivityFaultException or ExpressionException or FormatException
            ? error.Message
            : $"{error.GetType().Name}: {error.Message}";
        Logger.LogError(error, "Activity {NodeId} ({ActivityType}) faulted instance {InstanceId}", context.Activity.NodeId, context.Activity.Type, Instance.Id);
        context.State.Status = ActivityStatus.Faulted;
        Journal(context, JournalEventType.Faulted, message: message);
        Instance.Incidents.Add(new WorkflowIncident(context.Activity.Id, context.Activity.NodeId, context.Activity.Type, message, error.GetType().FullName, Now));
        var faultedChain = new HashSet<string>();
        for (var c = context; c is not null; c = c.Parent) faultedChain.Add(c.Id);
        foreach (var other in live.Values.Where(c => !faultedChain.Contains(c.Id)).ToList())
            Cancel(other);
        End(WorkflowSubStatus.Faulted);
    }

    /// <summary>
    /// Ends the instance: every live execution is cancelled and every bookmark removed. <paramref name="outcomes"/> are the
    /// ports a parent that runs this workflow as an activity continues through (Elsa's <c>Complete</c>); <c>Done</c> when none.
    /// </summary>
    public void Finish(WorkflowSubStatus subStatus, IReadOnlyList<string>? outcomes = null)
    {
        if (!IsRunning) return;
        completionOutcomes = outcomes;
        foreach (var top in live.Values.Where(c => c.State.ParentId is null || !live.ContainsKey(c.State.ParentId)).ToList())
            Cancel(top);
        foreach (var output in Workflow.Definition.Outputs)
        {
            if (Instance.Variables.TryGetPropertyValue(output.Name, out var value))
                Instance.Output[output.Name] = value?.DeepClone();
        }
        End(subStatus);
    }

    /// <summary>
    /// Appends a journal entry for an execution; the entry that ends or suspends it carries the inputs and outputs its log
    /// persistence mode kept (Elsa's activity execution record).
    /// </summary>
    internal void Journal(ActivityExecutionContext context, JournalEventType type, IReadOnlyList<string>? outcomes = null, string? message = null, JsonNode? payload = null)
    {
        var entry = Entry(context.Activity, context.Id, type, outcomes, message, payload);
        if (type is JournalEventType.Completed or JournalEventType.Faulted or JournalEventType.Cancelled or JournalEventType.Suspended)
            entry = entry with { ActivityState = context.State.Inputs?.DeepClone().AsObject(), Outputs = context.State.Outputs?.DeepClone().AsObject() };
        Instance.Journal.Add(entry);
    }

    /// <summary>Appends a journal entry for <paramref name="activity"/>, numbered after the instance's last one (gap-free across steps).</summary>
    internal void Journal(Activity activity, string? activityContextId, JournalEventType type, IReadOnlyList<string>? outcomes = null, string? message = null, JsonNode? payload = null) =>
        Instance.Journal.Add(Entry(activity, activityContextId, type, outcomes, message, payload));

    private JournalEntry Entry(Activity activity, string? activityContextId, JournalEventType type, IReadOnlyList<string>? outcomes, string? message, JsonNode? payload) =>
        new()
        {
            Sequence = ++Instance.LastJournalSequence,
            ActivityId = activity.Id,
            NodeId = activity.NodeId,
            ActivityType = activity.Type,
            ActivityName = activity.Name,
            ActivityContextId = activityContextId,
            EventType = type,
            Outcomes = outcomes,
            Timestamp = Now,
            Message = message,
            Payload = payload,
        };

    private void End(WorkflowSubStatus subStatus)
    {
        queue.Clear();
        RemoveAllBookmarks();
        Instance.Status = WorkflowStatus.Finished;
        Instance.SubStatus = subStatus;
        Instance.FinishedAt = Now;
        // A child started without waiting knows its parent but has no bookmark to resume.
        if (Instance.Parent is { BookmarkId: not null } parent)
        {
            var outcomes = completionOutcomes is { Count: > 0 } given ? given : [Model.Ports.Done];
            var result = new JsonObject
            {
                ["workflowInstanceId"] = Instance.Id,
                ["workflowDefinitionVersionId"] = Workflow.Definition.Id,
                ["correlationId"] = Instance.CorrelationId,
                ["subStatus"] = subStatus.ToString(),
                ["output"] = Instance.Output.DeepClone(),
                ["outcomes"] = new JsonArray([.. outcomes.Select(o => (JsonNode?)JsonValue.Create(o))]),
            };
            Signal(new WorkflowSignal.ResumeParent(parent, result));
        }
    }

    private void Close(ActivityExecutionContext context)
    {
        live.Remove(context.Id);
        Instance.ActivityContexts.Remove(context.State);
    }
}
