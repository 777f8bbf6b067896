using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>How activities start child workflows, wait for them and read how they ended (ExecuteWorkflow, DispatchWorkflow, workflows as activities).</summary>
internal static class ChildWorkflows
{
    /// <summary>The input key through which Elsa tells a child which instance started it.</summary>
    public const string ParentInstanceIdInput = "ParentInstanceId";

    /// <summary>
    /// Starts a child after this step commits. The child records its parent either way, as Elsa does; with
    /// <paramref name="wait"/> the activity also waits on a bookmark that the child's end resumes. Returns the child's id.
    /// </summary>
    public static string Start(ActivityExecutionContext context, BookmarkName bookmarkName, string definitionId, int? version, JsonObject input, string? correlationId, bool wait)
    {
        var instance = context.WorkflowContext.Instance;
        var childId = IdGenerator.NewId();
        // A copy: a literal input is the definition's own JSON, shared by every run.
        input = (JsonObject)input.DeepClone();
        input[ParentInstanceIdInput] = instance.Id;
        var bookmarkId = wait ? context.CreateBookmark(bookmarkName, new ChildWorkflowPayload(childId, definitionId)).Id : null;
        context.SendSignal(new WorkflowSignal.StartChild(childId, definitionId, version, correlationId, input, new ParentReference(instance.Id, bookmarkId)));
        return childId;
    }

    /// <summary>The child's result when it finished normally; otherwise a fault that says how it ended.</summary>
    /// <exception cref="ActivityFaultException">The child faulted, was cancelled or could not start.</exception>
    public static JsonObject Finished(ActivityExecutionContext context, Bookmark bookmark)
    {
        var result = context.ResumeInput ?? [];
        var status = (string?)result["subStatus"];
        if (status == nameof(WorkflowSubStatus.Finished)) return result;
        // The runtime sends an error when the child could not even start (e.g. its definition does not exist).
        var reason = (string?)result["error"] is { Length: > 0 } error ? $" {error}" : "";
        throw new ActivityFaultException($"Delprocessen {ValueConverter.Convert<ChildWorkflowPayload>(bookmark.Payload)?.DefinitionId} avslutades inte normalt ({status}).{reason}");
    }

    /// <summary>The outcomes a finished child completed through (Elsa's <c>Complete</c>); <c>Done</c> when it gave none.</summary>
    public static string[] OutcomesOf(JsonObject result) =>
        result["outcomes"] is JsonArray { Count: > 0 } outcomes
            ? [.. outcomes.Select(o => (string?)o).OfType<string>()]
            : [Model.Ports.Done];

    /// <summary>Cancels the children an execution still waits for (its parent no longer wants them).</summary>
    public static void CancelWaiting(ActivityExecutionContext context, BookmarkName bookmarkName)
    {
        foreach (var bookmark in context.Bookmarks.Where(b => b.Is(bookmarkName)))
        {
            if (ValueConverter.Convert<ChildWorkflowPayload>(bookmark.Payload) is { } child)
                context.SendSignal(new WorkflowSignal.CancelChild(child.ChildInstanceId));
        }
    }
}
