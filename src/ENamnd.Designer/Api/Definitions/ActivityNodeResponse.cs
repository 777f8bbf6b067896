using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>One node of a definition's graph as Elsa's API writes it: its node id, the port it sits in, and its activity with what it holds.</summary>
public sealed record ActivityNodeResponse(string NodeId, string? Port, JsonObject Activity)
{
    /// <summary>The response for <paramref name="node"/>, with <paramref name="activity"/> (a copy of the node's, possibly filled in).</summary>
    public static ActivityNodeResponse Of(ActivityGraph node, JsonObject? activity = null) => new(node.NodeId, node.Port, activity ?? (JsonObject)node.Activity.DeepClone());
}
