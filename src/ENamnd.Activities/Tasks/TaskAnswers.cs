using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>Reads the answer a resumed task bookmark carries and checks it against the task's choices.</summary>
internal static class TaskAnswers
{
    /// <summary>
    /// The answer, with the task id taken from the bookmark and the outcome spelled as the choice <see cref="TaskChoices.Match"/> finds;
    /// null when the bookmark is not a task's. An answer without a known choice faults the activity.
    /// </summary>
    public static TaskDecision? Of(ActivityExecutionContext context, Bookmark bookmark, IReadOnlyList<TaskChoice> choices)
    {
        if (!bookmark.Is(HumanTasks.BookmarkName)) return null;
        var decision = context.DecisionOf(bookmark) ?? throw new ActivityFaultException("Uppgiften återupptogs utan något svar.");
        var choice = TaskChoices.Match(choices, decision.Outcome)
            ?? throw new ActivityFaultException($"Svaret '{decision.Outcome}' är inget av alternativen ({TaskChoices.Describe(choices)}).");
        var taskId = (string?)bookmark.Payload?["taskId"] ?? decision.TaskId;
        return decision with { TaskId = taskId, Outcome = choice.Value };
    }
}
