using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Rebuilds activity executions from an instance's journal: one per engine execution, in start order.</summary>
public static class ActivityExecutions
{
    /// <summary>Every execution of an instance.</summary>
    public static IReadOnlyList<ActivityExecutionRecord> Of(InstanceContext context) =>
        context.Journal
            .Where(e => e.ActivityContextId is not null)
            .GroupBy(e => e.ActivityContextId!, StringComparer.Ordinal)
            .Select(g => ToRecord(context, g.OrderBy(e => e.Sequence).ToList()))
            .OrderBy(r => r.StartedAt)
            .ToList();

    /// <summary>The stats of the given nodes (all nodes when none are given) that ran at least once.</summary>
    public static IReadOnlyList<ActivityExecutionStats> StatsOf(IEnumerable<ActivityExecutionRecord> records, string[]? nodeIds) =>
        records
            .Where(r => nodeIds is not { Length: > 0 } || nodeIds.Contains(r.ActivityNodeId))
            .GroupBy(r => r.ActivityNodeId, StringComparer.Ordinal)
            .Select(g =>
            {
                var completed = g.Count(r => r.CompletedAt is not null);
                return new ActivityExecutionStats(g.First().ActivityId, g.Key, g.Count(), completed, g.Count() - completed,
                    IsBlocked: g.Any(r => r.HasBookmarks), IsFaulted: g.Any(r => r.Status == "Faulted"));
            })
            .ToList();

    private static ActivityExecutionRecord ToRecord(InstanceContext context, List<JournalEntry> entries)
    {
        var instance = context.Instance;
        var first = entries[0];
        var end = entries.LastOrDefault(e => e.EventType is JournalEventType.Completed or JournalEventType.Faulted or JournalEventType.Cancelled);
        var fault = entries.LastOrDefault(e => e.EventType == JournalEventType.Faulted);
        var contextId = first.ActivityContextId!;
        var status = end?.EventType switch
        {
            JournalEventType.Completed => "Completed",
            JournalEventType.Faulted => "Faulted",
            JournalEventType.Cancelled => "Canceled",
            _ => "Running",
        };
        var finished = end is not null;
        // The entry that ended or last suspended the execution carries what its log persistence mode kept.
        var kept = entries.LastOrDefault(e => e.ActivityState is not null || e.Outputs is not null);
        return new ActivityExecutionRecord(
            ActivityExecutionId.Of(instance.Id, contextId),
            instance.Id,
            first.ActivityId,
            first.NodeId,
            first.ActivityType,
            context.TypeVersionOf(first.NodeId),
            first.ActivityName ?? context.NameOf(first.NodeId),
            ActivityState: (JsonObject?)kept?.ActivityState?.DeepClone() ?? (finished ? [] : null),
            Payload: finished && end!.Outcomes is { Count: > 0 } outcomes ? new JsonObject { ["outcomes"] = new JsonArray([.. outcomes.Select(o => JsonValue.Create(o))]) } : null,
            Outputs: (JsonObject?)kept?.Outputs?.DeepClone() ?? (finished ? [] : null),
            Properties: [],
            Metadata: [],
            Exception: fault is null ? null : WorkflowStateJson.Exception(null, fault.Message ?? ""),
            first.Timestamp,
            HasBookmarks: instance.Bookmarks.Any(b => b.ActivityContextId == contextId),
            status,
            AggregateFaultCount: entries.Count(e => e.EventType == JournalEventType.Faulted),
            CompletedAt: end?.Timestamp,
            SchedulingActivityExecutionId: null,
            SchedulingActivityId: null,
            SchedulingWorkflowInstanceId: null,
            CallStackDepth: null);
    }
}
