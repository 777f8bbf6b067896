using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Instances;

/// <summary>The short form of an activity execution (Elsa's <c>ActivityExecutionRecordSummary</c>).</summary>
public sealed record ActivityExecutionSummary(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    DateTimeOffset StartedAt,
    bool HasBookmarks,
    JsonObject? Metadata,
    string Status,
    DateTimeOffset? CompletedAt)
{
    /// <summary>The summary of a record.</summary>
    public static ActivityExecutionSummary From(ActivityExecutionRecord r) => new(
        r.Id, r.WorkflowInstanceId, r.ActivityId, r.ActivityNodeId, r.ActivityType, r.ActivityTypeVersion, r.ActivityName,
        r.StartedAt, r.HasBookmarks, r.Metadata, r.Status, r.CompletedAt);
}
