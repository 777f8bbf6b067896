using System.Text.Json.Nodes;

namespace ENamnd.Host.Designer.Api.Definitions;

/// <summary>
/// Places the activities of a flowchart that have no designer position (code-declared workflows carry none) in
/// layers from left to right, as the designer's own auto-layout would, so the designer does not draw them all on one
/// spot. Only the answer changes: the stored version keeps its JSON, and the designer saves positions with the next version.
/// </summary>
public static class FlowchartLayout
{
    /// <summary>The distance between two layers.</summary>
    public const double ColumnWidth = 320;

    /// <summary>The distance between two activities in one layer.</summary>
    public const double RowHeight = 140;

    /// <summary>Gives every activity of <paramref name="flowchart"/> (and of flowcharts inside it) without a position one.</summary>
    public static void Apply(JsonObject? flowchart)
    {
        if (flowchart?["activities"] is not JsonArray activities || flowchart["connections"] is not JsonArray connections) return;
        var nodes = activities.OfType<JsonObject>().Where(a => a["id"] is JsonValue).ToList();
        foreach (var node in nodes) Apply(node);
        if (nodes.All(HasPosition)) return;

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes) index.TryAdd((string)node["id"]!, index.Count);
        var edges = connections.OfType<JsonObject>()
            .Select(c => (Source: EndpointIndex(c["source"], index), Target: EndpointIndex(c["target"], index)))
            .Where(e => e.Source >= 0 && e.Target >= 0 && e.Source != e.Target)
            .ToList();
        var layers = FlowchartLayers.Of(index.Count, edges);
        var positions = Place(layers, index.Count);
        foreach (var node in nodes)
        {
            if (HasPosition(node)) continue;
            var (x, y) = positions[index[(string)node["id"]!]];
            var metadata = node["metadata"] as JsonObject ?? [];
            node["metadata"] = metadata;
            var designer = metadata["designer"] as JsonObject ?? [];
            metadata["designer"] = designer;
            designer["position"] = new JsonObject { ["x"] = x, ["y"] = y };
        }
    }

    // Each layer is a column; its activities are spread around the middle in the order the layers give them.
    private static (double X, double Y)[] Place(IReadOnlyList<IReadOnlyList<int>> layers, int count)
    {
        var positions = new (double X, double Y)[count];
        for (var layer = 0; layer < layers.Count; layer++)
        {
            var column = layers[layer];
            for (var slot = 0; slot < column.Count; slot++)
                positions[column[slot]] = (layer * ColumnWidth, (slot - (column.Count - 1) / 2.0) * RowHeight);
        }
        return positions;
    }

    private static int EndpointIndex(JsonNode? endpoint, Dictionary<string, int> index) =>
        endpoint?["activity"] is JsonValue value && value.TryGetValue<string>(out var id) && index.TryGetValue(id, out var i) ? i : -1;

    private static bool HasPosition(JsonObject activity) => activity["metadata"]?["designer"]?["position"] is JsonObject;
}
