using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>Maps CLR types to the short type names Elsa writes (<c>String</c>, <c>Int32</c>, …) and back.</summary>
public static class TypeAliases
{
    private static readonly Dictionary<string, Type> ByAlias = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Object"] = typeof(object),
        ["String"] = typeof(string),
        ["Boolean"] = typeof(bool),
        ["Int32"] = typeof(int),
        ["Int64"] = typeof(long),
        ["Single"] = typeof(float),
        ["Double"] = typeof(double),
        ["Decimal"] = typeof(decimal),
        ["Guid"] = typeof(Guid),
        ["DateTime"] = typeof(DateTime),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["DateOnly"] = typeof(DateOnly),
        ["TimeSpan"] = typeof(TimeSpan),
        ["JsonObject"] = typeof(JsonObject),
        ["JsonArray"] = typeof(JsonArray),
        ["JsonNode"] = typeof(JsonNode),
    };

    private static readonly Dictionary<Type, string> ByType = ByAlias.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The alias of a type; arrays and lists get the element alias with <c>[]</c>.</summary>
    public static string AliasOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ByType.TryGetValue(type, out var alias)) return alias;
        var element = ElementTypeOf(type);
        if (element is not null) return AliasOf(element) + "[]";
        return type.IsEnum ? "String" : type.Name;
    }

    /// <summary>The type behind an alias, or <c>object</c> for an alias the engine does not know.</summary>
    public static Type TypeOf(string? alias)
    {
        if (string.IsNullOrEmpty(alias)) return typeof(object);
        if (ByAlias.TryGetValue(alias, out var type)) return type;
        return alias.EndsWith("[]", StringComparison.Ordinal) ? TypeOf(alias[..^2]).MakeArrayType() : typeof(object);
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType || type == typeof(string)) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
