using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// One instance as Elsa's export file (<c>ExportedWorkflowState</c>): its <c>workflowState</c>, <c>bookmarks</c>,
/// <c>activityExecutionRecords</c> and <c>workflowExecutionLogRecords</c> in Elsa's shapes, for readers, and the engine's
/// own <c>instance</c> state and <c>journal</c>, which the import writes back without loss (Elsa's readers skip them).
/// </summary>
public static class InstanceExport
{
    /// <summary>The member holding the engine's state of the instance (without its journal).</summary>
    public const string InstanceMember = "instance";

    /// <summary>The member holding the engine's journal entries, in sequence order.</summary>
    public const string JournalMember = "journal";

    /// <summary>The file name Elsa gives an exported instance.</summary>
    public static string FileNameOf(WorkflowInstance instance) => $"workflow-instance-{instance.Id.ToLowerInvariant()}.json";

    /// <summary>The export of an instance loaded with its journal; what <paramref name="request"/> leaves out (by false) is left out.</summary>
    public static async Task<JsonObject> OfAsync(
        InstanceContext context, BulkExportInstancesRequest request, IBookmarkStore bookmarks, CancellationToken ct)
    {
        var instance = context.Instance;
        var withJournal = request.IncludeWorkflowExecutionLog != false;
        var state = JsonNode.Parse(WorkflowStateSerializer.Serialize(instance))!.AsObject();
        return new JsonObject
        {
            ["workflowState"] = WorkflowStateJson.Of(instance),
            ["bookmarks"] = request.IncludeBookmarks == false ? null : new JsonArray([.. (await bookmarks.ListByInstanceAsync(instance.Id, ct)).Select(Bookmark)]),
            ["activityExecutionRecords"] = request.IncludeActivityExecutionLog == false ? null : Node(ActivityExecutions.Of(context)),
            ["workflowExecutionLogRecords"] = withJournal ? Node(JournalRecords.Of(context, null)) : null,
            [InstanceMember] = state,
            [JournalMember] = withJournal ? Node(context.Journal) : null,
        };
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, ValueConverter.JsonOptions);

    // Elsa's stored bookmark as its export writes it; the metadata carries what the engine's bookmark adds.
    private static JsonNode Bookmark(Bookmark b) => new JsonObject
    {
        ["id"] = b.Id,
        ["activityTypeName"] = b.Name.Value,
        ["workflowInstanceId"] = b.InstanceId,
        ["activityInstanceId"] = ActivityExecutionId.Of(b.InstanceId, b.ActivityContextId),
        ["hash"] = "",
        ["correlationId"] = b.CorrelationId,
        ["createdAt"] = b.CreatedAt,
        ["payload"] = b.Payload?.DeepClone(),
        ["metadata"] = new JsonObject
        {
            ["activityId"] = b.ActivityId,
            ["activityNodeId"] = b.ActivityNodeId,
            ["dueAt"] = b.DueAt?.ToString("O"),
        },
    };
}
