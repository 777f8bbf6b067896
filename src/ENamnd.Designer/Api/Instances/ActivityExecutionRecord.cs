using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// One execution of an activity (Elsa's <c>ActivityExecutionRecord</c>), built from the journal. The viewer
/// treats a record with a non-null state, outputs, exception or payload as finished ("fused") and polls the others.
/// </summary>
public sealed record ActivityExecutionRecord(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    JsonObject? ActivityState,
    JsonObject? Payload,
    JsonObject? Outputs,
    JsonObject Properties,
    JsonObject Metadata,
    JsonObject? Exception,
    DateTimeOffset StartedAt,
    bool HasBookmarks,
    string Status,
    int AggregateFaultCount,
    DateTimeOffset? CompletedAt,
    string? SchedulingActivityExecutionId,
    string? SchedulingActivityId,
    string? SchedulingWorkflowInstanceId,
    int? CallStackDepth);
