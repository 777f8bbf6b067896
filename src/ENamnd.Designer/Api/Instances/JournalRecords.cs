using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>Turns an instance's journal into Elsa's execution log records, filtered and in order.</summary>
public static class JournalRecords
{
    /// <summary>The event name Elsa uses for a journal event.</summary>
    public static string EventNameOf(JournalEventType type) => type == JournalEventType.Cancelled ? "Canceled" : type.ToString();

    /// <summary>The matching records of an instance, by sequence.</summary>
    public static IReadOnlyList<ExecutionLogRecord> Of(InstanceContext context, JournalFilter? filter) =>
        context.Journal
            .Where(e => Matches(e, filter))
            .OrderBy(e => e.Sequence)
            .Select(e => ToRecord(context, e))
            .ToList();

    private static bool Matches(JournalEntry entry, JournalFilter? filter) =>
        filter is null
        || ((filter.ActivityIds is not { Length: > 0 } ids || ids.Contains(entry.ActivityId))
            && (filter.ActivityNodeIds is not { Length: > 0 } nodes || nodes.Contains(entry.NodeId))
            && (filter.ExcludedActivityTypes is not { Length: > 0 } excluded || !excluded.Contains(entry.ActivityType))
            && (filter.EventNames is not { Length: > 0 } events || events.Contains(EventNameOf(entry.EventType), StringComparer.OrdinalIgnoreCase)));

    private static ExecutionLogRecord ToRecord(InstanceContext context, JournalEntry e)
    {
        var instanceId = context.Instance.Id;
        var payload = e.Payload?.DeepClone();
        if (e.Outcomes is { Count: > 0 } outcomes)
        {
            var withOutcomes = payload as JsonObject ?? [];
            withOutcomes["outcomes"] = new JsonArray([.. outcomes.Select(o => JsonValue.Create(o))]);
            payload = withOutcomes;
        }
        return new ExecutionLogRecord(
            $"{instanceId}:{e.Sequence}",
            e.ActivityContextId is { } contextId ? ActivityExecutionId.Of(instanceId, contextId) : "",
            ParentActivityInstanceId: null,
            e.ActivityId,
            e.ActivityType,
            context.TypeVersionOf(e.NodeId),
            e.ActivityName ?? context.NameOf(e.NodeId),
            e.NodeId,
            e.Timestamp,
            e.Sequence,
            EventNameOf(e.EventType),
            e.Message,
            Source: null,
            ActivityState: null,
            payload);
    }
}
