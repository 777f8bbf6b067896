using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Places the activities of a flowchart that have no designer position (code-declared workflows carry none) in
/// layers from left to right, as the designer's own auto-layout would, so the designer does not draw them all on one
/// spot. Each layer is as wide as its widest step's text needs, and a long flow wraps into bands read left to right,
/// top to bottom, so the whole process fits a screen. Only the answer changes: the stored version keeps its JSON,
/// and the designer saves positions with the next version.
/// </summary>
public static class FlowchartLayout
{
    /// <summary>The space between the widest step of one layer and the next layer.</summary>
    public const double ColumnGap = 70;

    /// <summary>The distance between two activities in one layer.</summary>
    public const double RowHeight = 140;

    /// <summary>The width of a band: the next layer that would reach past it starts a new band below.</summary>
    public const double BandWidth = 2400;

    /// <summary>The space between two bands.</summary>
    public const double BandGap = 140;

    /// <summary>The narrowest a step is drawn.</summary>
    public const double MinNodeWidth = 200;

    /// <summary>Gives every activity of <paramref name="flowchart"/> (and of flowcharts inside it) without a position one.</summary>
    public static void Apply(JsonObject? flowchart)
    {
        if (flowchart?["activities"] is not JsonArray activities || flowchart["connections"] is not JsonArray connections) return;
        // Only nodes with a text id can be placed; a placeholder of an unknown type keeps whatever its JSON held.
        var nodes = activities.OfType<JsonObject>().Where(a => a["id"] is JsonValue id && id.TryGetValue<string>(out _)).ToList();
        foreach (var node in nodes) Apply(node);
        if (nodes.All(HasPosition)) return;

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var widths = new List<double>();
        foreach (var node in nodes)
        {
            if (index.TryAdd((string)node["id"]!, index.Count)) widths.Add(WidthOf(node));
        }
        var edges = connections.OfType<JsonObject>()
            .Select(c => (Source: EndpointIndex(c["source"], index), Target: EndpointIndex(c["target"], index)))
            .Where(e => e.Source >= 0 && e.Target >= 0 && e.Source != e.Target)
            .ToList();
        var layers = FlowchartLayers.Of(index.Count, edges);
        var positions = Place(layers, widths);
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

    /// <summary>
    /// About how wide the designer draws a step: its icon and ports, and its text (the display text, else the
    /// activity type's name) at the canvas's font.
    /// </summary>
    public static double WidthOf(JsonObject activity)
    {
        var text = Member(activity["metadata"], "displayText") is JsonValue value && value.TryGetValue<string>(out var displayText) && displayText.Length > 0
            ? displayText
            : (activity["type"] is JsonValue type && type.TryGetValue<string>(out var name) ? name : "").Split('.')[^1];
        return Math.Max(MinNodeWidth, 96 + 8 * text.Length);
    }

    // Each layer is a column; its activities are spread around the middle of the band in the order the layers give
    // them. A column that would reach past the band's width starts the next band, below the tallest column of this one.
    private static (double X, double Y)[] Place(IReadOnlyList<IReadOnlyList<int>> layers, IReadOnlyList<double> widths)
    {
        var positions = new (double X, double Y)[widths.Count];
        var bands = new List<List<(IReadOnlyList<int> Column, double X)>> { new() };
        var x = 0.0;
        foreach (var column in layers)
        {
            var width = column.Max(i => widths[i]);
            if (x > 0 && x + width > BandWidth)
            {
                bands.Add([]);
                x = 0;
            }
            bands[^1].Add((column, x));
            x += width + ColumnGap;
        }
        var middle = 0.0;
        for (var band = 0; band < bands.Count; band++)
        {
            var half = HalfHeight(bands[band]);
            if (band > 0) middle += HalfHeight(bands[band - 1]) + BandGap + half;
            foreach (var (column, left) in bands[band])
            {
                for (var slot = 0; slot < column.Count; slot++)
                    positions[column[slot]] = (left, middle + (slot - (column.Count - 1) / 2.0) * RowHeight);
            }
        }
        return positions;
    }

    private static double HalfHeight(List<(IReadOnlyList<int> Column, double X)> band) =>
        (band.Max(c => c.Column.Count) - 1) / 2.0 * RowHeight + RowHeight / 2;

    // An end in either of Elsa's forms: { "activity": id, … } or the flat id.
    private static int EndpointIndex(JsonNode? endpoint, Dictionary<string, int> index) =>
        (endpoint is JsonObject nested ? nested["activity"] : endpoint) is JsonValue value && value.TryGetValue<string>(out var id) && index.TryGetValue(id, out var i) ? i : -1;

    private static bool HasPosition(JsonObject activity) => Member(Member(activity["metadata"], "designer"), "position") is JsonObject;

    // A member of an object; null for anything else, as an imported file may hold any JSON where an object belongs.
    private static JsonNode? Member(JsonNode? node, string key) => node is JsonObject o ? o[key] : null;
}
