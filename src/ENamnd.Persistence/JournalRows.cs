using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence;

/// <summary>Maps journal entries to rows of the <c>journal</c> table and back, every property of the entry included.</summary>
internal static class JournalRows
{
    /// <summary>The row of an entry of <paramref name="instanceId"/>; its time in UTC.</summary>
    public static JournalRow Of(string instanceId, JournalEntry entry) => new()
    {
        InstanceId = instanceId,
        Sequence = entry.Sequence,
        ActivityId = entry.ActivityId,
        NodeId = entry.NodeId,
        ActivityType = entry.ActivityType,
        ActivityName = entry.ActivityName,
        ActivityContextId = entry.ActivityContextId,
        EventType = entry.EventType.ToString(),
        Outcomes = entry.Outcomes is null ? null : JsonSerializer.Serialize(entry.Outcomes, ValueConverter.JsonOptions),
        Message = entry.Message,
        Timestamp = entry.Timestamp.ToUniversalTime(),
        Payload = entry.Payload?.ToJsonString(ValueConverter.JsonOptions),
        ActivityState = entry.ActivityState?.ToJsonString(ValueConverter.JsonOptions),
        Outputs = entry.Outputs?.ToJsonString(ValueConverter.JsonOptions),
    };

    /// <summary>The entry a row holds.</summary>
    public static JournalEntry ToEntry(JournalRow row) => new()
    {
        Sequence = row.Sequence,
        ActivityId = row.ActivityId,
        NodeId = row.NodeId,
        ActivityType = row.ActivityType,
        ActivityName = row.ActivityName,
        ActivityContextId = row.ActivityContextId,
        EventType = Enum.Parse<JournalEventType>(row.EventType),
        Outcomes = OutcomesOf(row.Outcomes),
        Message = row.Message,
        Timestamp = row.Timestamp,
        Payload = row.Payload is null ? null : JsonNode.Parse(row.Payload),
        ActivityState = row.ActivityState is null ? null : JsonNode.Parse(row.ActivityState) as JsonObject,
        Outputs = row.Outputs is null ? null : JsonNode.Parse(row.Outputs) as JsonObject,
    };

    // A JSON array since migration 0033; a row that it found no array for (its instance's state had no such entry) keeps
    // its comma-separated list.
    private static List<string>? OutcomesOf(string? outcomes) =>
        outcomes switch
        {
            null => null,
            "" => [],
            _ when outcomes.StartsWith('[') => JsonSerializer.Deserialize<List<string>>(outcomes, ValueConverter.JsonOptions),
            _ => [.. outcomes.Split(',')],
        };
}
