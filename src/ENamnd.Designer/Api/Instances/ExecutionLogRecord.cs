using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Instances;

/// <summary>One journal line as the viewer's journal reads it (Elsa's <c>WorkflowExecutionLogRecord</c>).</summary>
public sealed record ExecutionLogRecord(
    string Id,
    string ActivityInstanceId,
    string? ParentActivityInstanceId,
    string ActivityId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    string NodeId,
    DateTimeOffset Timestamp,
    long Sequence,
    string? EventName,
    string? Message,
    string? Source,
    JsonObject? ActivityState,
    JsonNode? Payload);
