using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;

namespace ENamnd.Engine.Expressions;

/// <summary>Converts values between JSON, script results and the CLR types activity inputs declare.</summary>
public static class ValueConverter
{
    /// <summary>The JSON options used for values: camelCase, enums as names.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Converts a value to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    /// <summary>Converts a value to <paramref name="target"/>; throws <see cref="FormatException"/> when it cannot.</summary>
    public static object? Convert(object? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        var type = underlying ?? target;
        value = Unwrap(value);
        if (value is null) return target.IsValueType && underlying is null ? Activator.CreateInstance(target) : null;
        if (type == typeof(object) || type.IsInstanceOfType(value)) return value;
        if (typeof(JsonNode).IsAssignableFrom(type)) return ToNode(value);
        if (type == typeof(string)) return AsText(value);
        try
        {
            if (value is string text) return FromText(text, type);
            if (type.IsEnum) return Enum.ToObject(type, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(type))
                return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            return ToNode(value).Deserialize(type, JsonOptions);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new FormatException($"Värdet {Describe(value)} kan inte tolkas som {type.Name}.", e);
        }
    }

    /// <summary>A JSON copy of a value; JSON nodes are cloned so they can be attached elsewhere.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions),
    };

    /// <summary>A plain CLR value (dictionaries, lists, primitives) for template engines.</summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => Unwrap(value),
        _ => null,
    };

    private static object? Unwrap(object? value)
    {
        if (value is JsonValue jsonValue)
            value = jsonValue.TryGetValue<JsonElement>(out var element) ? element : JsonSerializer.SerializeToElement(jsonValue);
        if (value is not JsonElement e) return value;
        // Arms are typed as object: JsonNode's implicit conversions would otherwise turn every arm into a JsonNode.
        return e.ValueKind switch
        {
            JsonValueKind.String => (object?)e.GetString(),
            JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDecimal(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Object or JsonValueKind.Array => JsonNode.Parse(e.GetRawText()),
            _ => null,
        };
    }

    private static string AsText(object value) => value switch
    {
        JsonNode node => node.ToJsonString(),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object? FromText(string text, Type type)
    {
        if (type == typeof(TimeSpan))
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : XmlConvert.ToTimeSpan(text);
        if (type == typeof(DateTimeOffset))
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (type == typeof(DateTime)) return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (type == typeof(DateOnly)) return DateOnly.Parse(text, CultureInfo.InvariantCulture);
        if (type == typeof(Guid)) return Guid.Parse(text);
        if (type.IsEnum) return Enum.Parse(type, text, ignoreCase: true);
        if (typeof(IConvertible).IsAssignableFrom(type)) return System.Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
        return JsonSerializer.Deserialize(text, type, JsonOptions);
    }

    private static string Describe(object value)
    {
        var text = AsText(value);
        return text.Length > 60 ? $"'{text[..60]}…'" : $"'{text}'";
    }
}
