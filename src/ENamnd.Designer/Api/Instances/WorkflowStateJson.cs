using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// An instance's state in the shape of Elsa's <c>WorkflowState</c>: the viewer reads its input, output,
/// incidents and activity execution contexts (the root one has no parent); every collection is present.
/// </summary>
public static class WorkflowStateJson
{
    /// <summary>The state of an instance.</summary>
    public static JsonObject Of(WorkflowInstance instance) => new()
    {
        ["id"] = instance.Id,
        ["definitionId"] = instance.DefinitionId,
        ["definitionVersionId"] = instance.DefinitionVersionId,
        ["definitionVersion"] = instance.Version,
        ["correlationId"] = instance.CorrelationId,
        ["status"] = instance.Status.ToString(),
        ["subStatus"] = instance.SubStatus.ToString(),
        ["bookmarks"] = new JsonArray([.. instance.Bookmarks.Select(Bookmark)]),
        ["incidents"] = new JsonArray([.. instance.Incidents.Select(Incident)]),
        ["fault"] = Fault(instance),
        ["completionCallbacks"] = new JsonArray(),
        ["activityExecutionContexts"] = new JsonArray([.. instance.ActivityContexts.Select(Context)]),
        ["input"] = instance.Input.DeepClone(),
        ["output"] = instance.Output.DeepClone(),
        ["properties"] = new JsonObject(),
        ["createdAt"] = instance.CreatedAt,
        ["updatedAt"] = instance.UpdatedAt,
        ["finishedAt"] = instance.FinishedAt,
    };

    /// <summary>An error as Elsa's <c>ExceptionState</c>.</summary>
    public static JsonObject Exception(string? type, string message) => new()
    {
        ["type"] = type ?? "Exception",
        ["message"] = message,
        ["stackTrace"] = null,
        ["innerException"] = null,
    };

    private static JsonNode Bookmark(Bookmark b) => new JsonObject
    {
        ["id"] = b.Id,
        ["name"] = b.Name.Value,
        ["hash"] = "",
        ["payload"] = b.Payload?.DeepClone(),
        ["activityNodeId"] = b.ActivityNodeId,
        ["activityInstanceId"] = ActivityExecutionId.Of(b.InstanceId, b.ActivityContextId),
        ["autoBurn"] = true,
        ["callbackMethodName"] = null,
        ["metadata"] = new JsonObject { ["dueAt"] = b.DueAt?.ToString("O") },
    };

    private static JsonNode Incident(WorkflowIncident i) => new JsonObject
    {
        ["activityId"] = i.ActivityId,
        ["activityNodeId"] = i.NodeId,
        ["activityType"] = i.ActivityType,
        ["message"] = i.Message,
        ["exception"] = Exception(i.ExceptionType, i.Message),
        ["timestamp"] = i.Timestamp,
    };

    private static JsonNode? Fault(WorkflowInstance instance) =>
        instance.SubStatus == WorkflowSubStatus.Faulted && instance.Incidents.LastOrDefault() is { } last
            ? new JsonObject { ["exception"] = Exception(last.ExceptionType, last.Message), ["message"] = last.Message, ["faultedActivityId"] = last.ActivityId }
            : null;

    private static JsonNode Context(ActivityContextState c) => new JsonObject
    {
        ["id"] = c.Id,
        ["parentContextId"] = c.ParentId,
        ["scheduledActivityNodeId"] = c.NodeId,
        ["ownerActivityNodeId"] = null,
        ["properties"] = c.Properties.DeepClone(),
        ["activityState"] = c.Inputs?.DeepClone(),
        ["dynamicVariables"] = new JsonArray(),
    };
}
