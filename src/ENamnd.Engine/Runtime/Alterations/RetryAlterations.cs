namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Elsa's retry of a faulted instance: a <see cref="ScheduleActivity"/> for each activity to run again.</summary>
public static class RetryAlterations
{
    /// <summary>
    /// The alterations that retry <paramref name="activityIds"/>, or, when none are named, every activity whose execution
    /// faulted and is still live (what the instance's open incidents point at); empty when there is nothing to retry.
    /// </summary>
    public static IReadOnlyList<Alteration> For(WorkflowInstance instance, IReadOnlyCollection<string>? activityIds)
    {
        if (activityIds is { Count: > 0 }) return [.. activityIds.Distinct().Select(id => new ScheduleActivity(id, null))];
        var faulted = instance.ActivityContexts.Where(c => c.Status == ActivityStatus.Faulted).Select(c => c.NodeId).ToHashSet(StringComparer.Ordinal);
        return [.. instance.Incidents.Where(i => faulted.Contains(i.NodeId)).Select(i => i.ActivityId).Distinct().Select(id => new ScheduleActivity(id, null))];
    }
}
