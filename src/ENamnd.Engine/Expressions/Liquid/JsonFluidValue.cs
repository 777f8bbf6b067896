using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid.Values;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>Shows JSON values to Liquid: objects as dictionaries, arrays as arrays, and strings, numbers and booleans as themselves.</summary>
internal static class JsonFluidValue
{
    /// <summary>The Liquid value of a JSON node; null is nil.</summary>
    public static FluidValue From(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => DictionaryValue.Create(new JsonMembers(() => obj.Select(p => p.Key), name => obj.TryGetPropertyValue(name, out var value) ? (true, value) : (false, null))),
        JsonArray array => array.Count == 0 ? ArrayValue.Empty : ArrayValue.Create(array.Select(From).ToArray()),
        JsonValue value => FromValue(value),
        _ => NilValue.Instance,
    };

    private static FluidValue FromValue(JsonValue value)
    {
        var element = value.TryGetValue<JsonElement>(out var e) ? e : JsonSerializer.SerializeToElement(value);
        return element.ValueKind switch
        {
            JsonValueKind.String => StringValue.Create(element.GetString() ?? ""),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            // A number too large for decimal stays readable as its JSON text.
            JsonValueKind.Number => element.TryGetDecimal(out var number) ? NumberValue.Create(number) : StringValue.Create(element.GetRawText()),
            JsonValueKind.Object or JsonValueKind.Array => From(JsonNode.Parse(element.GetRawText())),
            _ => NilValue.Instance,
        };
    }
}
