using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;

namespace ENamnd.Engine.Serialization;

/// <summary>Reads and writes <see cref="NotFoundActivity"/> placeholders: the node's own JSON, kept as it came.</summary>
public static class NotFoundActivities
{
    /// <summary>The type name Elsa writes for a placeholder, with the node's JSON in <c>originalActivityJson</c>.</summary>
    public const string ElsaTypeName = "Elsa.NotFoundActivity";

    /// <summary>
    /// The node to read: Elsa exports a placeholder as <c>Elsa.NotFoundActivity</c> with the original node as JSON
    /// text, which is read in its place (with the placeholder's designer metadata, as Elsa does); any other node as it is.
    /// </summary>
    public static JsonObject Unwrap(JsonObject json)
    {
        if ((json["type"] as JsonValue)?.GetValueKind() != JsonValueKind.String || (string?)json["type"] != ElsaTypeName) return json;
        if (json["originalActivityJson"] is not JsonValue text || !text.TryGetValue<string>(out var original)) return json;
        try
        {
            if (JsonNode.Parse(original) is not JsonObject inner) return json;
            if (json["metadata"] is JsonObject metadata) inner["metadata"] = metadata.DeepClone();
            return inner;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>A placeholder for a node whose type the engine does not have.</summary>
    public static NotFoundActivity Placeholder(JsonObject json, string typeName, int? version) => new()
    {
        MissingTypeName = typeName,
        MissingTypeVersion = version ?? 0,
        Version = version ?? 1,
        OriginalJson = (JsonObject)json.DeepClone(),
    };

    /// <summary>The placeholder's node as it was read, with the id and node id it has now (they may have been filled in).</summary>
    public static JsonObject Write(NotFoundActivity placeholder)
    {
        var json = (JsonObject)placeholder.OriginalJson.DeepClone();
        json["id"] = placeholder.Id;
        if (placeholder.NodeId.Length > 0) json["nodeId"] = placeholder.NodeId;
        return json;
    }
}
