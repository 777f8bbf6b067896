using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

public sealed partial class WorkflowDefinitionActivity
{
    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader)
    {
        WorkflowDefinitionId = (string?)reader.Take("workflowDefinitionId") ?? "";
        WorkflowDefinitionVersionId = (string?)reader.Take("workflowDefinitionVersionId");
        LatestAvailablePublishedVersion = reader.Take("latestAvailablePublishedVersion") is JsonValue v && v.TryGetValue<int>(out var number) ? number : null;
        LatestAvailablePublishedVersionId = (string?)reader.Take("latestAvailablePublishedVersionId");
        // The node's other properties are the workflow's inputs ({typeName, expression}) and outputs ({typeName, memoryReference}).
        foreach (var key in reader.Keys.Where(k => !reader.IsTaken(k)).ToList())
        {
            if (IsInput(reader, key)) Inputs[key] = reader.ReadInput(key, typeof(object));
            else if (reader.Take(key) is JsonObject output && IsOutput(output)) Outputs[key] = OutputOf(output);
            else reader.Untake(key);
        }
    }

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer)
    {
        writer.Json["workflowDefinitionId"] = WorkflowDefinitionId;
        writer.Json["workflowDefinitionVersionId"] = WorkflowDefinitionVersionId;
        if (LatestAvailablePublishedVersion is { } latest) writer.Json["latestAvailablePublishedVersion"] = latest;
        if (LatestAvailablePublishedVersionId is { } latestId) writer.Json["latestAvailablePublishedVersionId"] = latestId;
        foreach (var (key, input) in Inputs) writer.WriteInput(key, input);
        foreach (var (key, output) in Outputs) writer.WriteOutput(key, output);
    }

    private static bool IsInput(ActivityJsonReader reader, string key) => reader.Peek(key) is JsonObject json && json.ContainsKey("expression");

    private static bool IsOutput(JsonObject json) => json.ContainsKey("memoryReference") || (json.Count == 1 && json.ContainsKey("typeName"));

    private static Output<object> OutputOf(JsonObject json) => new()
    {
        Variable = (string?)json["memoryReference"]?["id"],
        Json = (JsonObject)json.DeepClone(),
    };
}
