using System.Dynamic;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.CSharp;

/// <summary>Turns the engine's JSON values into what a C# script works with: primitives, lists and objects with members.</summary>
internal static class CSharpValues
{
    /// <summary>
    /// A value as a script sees it: as its declared type (an alias such as <c>Int32</c>) when that is not <c>Object</c>;
    /// otherwise primitives as themselves, arrays as lists and objects as <see cref="ExpandoObject"/> (so <c>x.Name</c> works).
    /// </summary>
    public static object? ToScript(JsonNode? node, string? typeName = null, bool isArray = false)
    {
        var declared = TypeAliases.TypeOf(isArray && typeName is not null ? typeName + "[]" : typeName);
        return declared == typeof(object) ? Plain(node) : ValueConverter.Convert(node, declared);
    }

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject obj => Expando(obj),
        JsonArray array => array.Select(Plain).ToList(),
        _ => ValueConverter.ToPlain(node),
    };

    private static ExpandoObject Expando(JsonObject obj)
    {
        var expando = new ExpandoObject();
        var members = (IDictionary<string, object?>)expando;
        foreach (var (name, value) in obj) members[name] = Plain(value);
        return expando;
    }
}
