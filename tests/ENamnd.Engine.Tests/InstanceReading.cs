using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests;

/// <summary>Reads what an instance did from its journal, in the forms the tests compare.</summary>
public static class InstanceReading
{
    /// <summary>The lines written by <c>Elsa.WriteLine</c> (and other log entries), in order.</summary>
    public static IReadOnlyList<string?> Messages(this WorkflowInstance instance) =>
        instance.Journal.Where(e => e.EventType == JournalEventType.Log).Select(e => e.Message).ToList();

    /// <summary>The ids of the activities that completed, in the order they completed.</summary>
    public static IReadOnlyList<string> CompletedIds(this WorkflowInstance instance) => instance.IdsOf(JournalEventType.Completed);

    /// <summary>The ids of the activities with a journal entry of one type, in order.</summary>
    public static IReadOnlyList<string> IdsOf(this WorkflowInstance instance, JournalEventType type) =>
        instance.Journal.Where(e => e.EventType == type).Select(e => e.ActivityId).ToList();

    /// <summary>How often an activity completed.</summary>
    public static int CompletionsOf(this WorkflowInstance instance, string activityId) =>
        instance.CompletedIds().Count(id => id == activityId);

    /// <summary>The journal without run-specific ids: activity, event, outcomes, message and time per line.</summary>
    public static IReadOnlyList<string> Trace(this WorkflowInstance instance) =>
        instance.Journal
            .Select(e => $"{e.Sequence} {e.ActivityId} {e.EventType} [{string.Join(",", e.Outcomes ?? [])}] {e.Message} {e.Timestamp:O}")
            .ToList();

    /// <summary>Status, incidents and journal as text, for assertion messages.</summary>
    public static string Describe(this WorkflowInstance instance) =>
        $"{instance.Status}/{instance.SubStatus}; incidents: {string.Join(" | ", instance.Incidents.Select(i => $"{i.ActivityId}: {i.Message}"))}"
        + Environment.NewLine + string.Join(Environment.NewLine, instance.Trace());
}
