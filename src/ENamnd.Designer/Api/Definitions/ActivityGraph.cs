using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// The activities of a definition's JSON as a tree of nodes (Elsa's workflow graph): every object with a <c>type</c>, an
/// <c>id</c> and a <c>nodeId</c> is an activity, reached from its parent through a port, the property that holds it
/// (PascalCased, as Elsa names ports), in an array or alone.
/// </summary>
public sealed record ActivityGraph(JsonObject Activity, string NodeId, string? Port, ActivityGraph? Parent)
{
    /// <summary>The node of <paramref name="root"/> (a definition's root activity).</summary>
    public static ActivityGraph Of(JsonObject root) => new(root, (string?)root["nodeId"] ?? "", null, null);

    /// <summary>The activity's <c>id</c>.</summary>
    public string Id => (string?)Activity["id"] ?? "";

    /// <summary>The activity's <c>type</c>.</summary>
    public string Type => (string?)Activity["type"] ?? "";

    /// <summary>The activities held directly by this one, with their ports.</summary>
    public IEnumerable<ActivityGraph> Children =>
        Activity.Where(p => p.Key is not ("metadata" or "customProperties"))
            .SelectMany(p => (p.Value is JsonArray items ? items.ToArray() : [p.Value]).OfType<JsonObject>().Where(IsActivity)
                .Select(child => new ActivityGraph(child, (string)child["nodeId"]!, Pascal(p.Key), this)));

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<ActivityGraph> Descendants => Children.SelectMany(c => c.Descendants).Prepend(this);

    /// <summary>The nodes above this one, nearest first.</summary>
    public IEnumerable<ActivityGraph> Ancestors
    {
        get
        {
            for (var node = Parent; node is not null; node = node.Parent) yield return node;
        }
    }

    /// <summary>The node with <paramref name="nodeId"/> at or below this one, if any.</summary>
    public ActivityGraph? Find(string? nodeId) => nodeId is null ? null : Descendants.FirstOrDefault(n => n.NodeId == nodeId);

    private static bool IsActivity(JsonObject json) =>
        json["type"] is JsonValue type && type.TryGetValue<string>(out _) && json["id"] is not null && json["nodeId"] is JsonValue;

    private static string Pascal(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];
}
