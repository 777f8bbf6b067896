using System.Globalization;
using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Running;

/// <summary>Reads a value by a dotted path with array indexes (<c>root.activities[0].root</c>) and compares values.</summary>
public static class JsonPath
{
    /// <summary>The value at <paramref name="path"/>; <paramref name="found"/> says whether the path exists (its value may be null).</summary>
    public static JsonNode? Find(JsonNode? node, string path, out bool found)
    {
        found = true;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[');
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
            {
                if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node)) return Missing(out found);
            }
            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                var index = int.Parse(segment[(bracket + 1)..close], CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count) return Missing(out found);
                node = array[index];
                bracket = segment.IndexOf('[', close);
            }
        }
        return node;
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is what <paramref name="expected"/> says: equal JSON, or scalars with the same
    /// text (Elsa's tests compare with objects, so <c>"42"</c> and <c>42</c> are the same value to them).
    /// </summary>
    public static bool Matches(JsonNode? expected, JsonNode? actual) =>
        JsonNode.DeepEquals(expected, actual)
        || (expected is JsonValue e && actual is JsonValue a && string.Equals(Text(e), Text(a), StringComparison.Ordinal));

    /// <summary>A value as compact text for the report.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Text(JsonValue value) => value.TryGetValue<string>(out var s) ? s : value.ToJsonString();

    private static JsonNode? Missing(out bool found)
    {
        found = false;
        return null;
    }
}
