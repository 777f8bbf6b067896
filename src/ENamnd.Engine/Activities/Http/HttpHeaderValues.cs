using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>Headers given to an HTTP activity (Elsa's <c>HttpHeaders</c>): a JSON object of names to a text or an array of texts.</summary>
public static class HttpHeaderValues
{
    /// <summary>The headers of a value: a JSON object, or its text (Elsa's designer stores <c>"{}"</c>); null gives none.</summary>
    public static IReadOnlyDictionary<string, string[]> From(object? value)
    {
        var json = value switch
        {
            null => null,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => Parse(text),
            _ => ValueConverter.ToNode(value),
        };
        if (json is JsonValue inner && inner.TryGetValue<string>(out var quoted)) json = string.IsNullOrWhiteSpace(quoted) ? null : Parse(quoted);
        if (json is null) return new Dictionary<string, string[]>();
        if (json is not JsonObject headers) throw new ActivityFaultException("Huvudena måste vara ett JSON-objekt, t.ex. {\"X-Namn\": \"värde\"}.");
        return headers.ToDictionary(p => p.Key, p => ValuesOf(p.Value), StringComparer.OrdinalIgnoreCase);
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ActivityFaultException($"Huvudena är inte giltig JSON: {e.Message}");
        }
    }

    private static string[] ValuesOf(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(Text)],
        _ => [Text(node)],
    };

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";
}
