using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.Activities;

/// <summary>The items a loop goes through, as JSON so they persist with the loop's state.</summary>
internal static class LoopItems
{
    /// <summary>
    /// The items of a collection value: a JSON array, any other collection, or text holding a JSON array (what the designer's
    /// literal editor stores). Like Elsa's item source, anything else (null, a single value) gives no items.
    /// </summary>
    public static JsonArray From(object? value) => value switch
    {
        JsonArray array => (JsonArray)array.DeepClone(),
        string text => ParseArray(text),
        JsonNode or null => [],
        IEnumerable items => [.. items.Cast<object?>().Select(ValueConverter.ToNode)],
        _ => [],
    };

    private static JsonArray ParseArray(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonArray ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
