using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using JsEngine = Jint.Engine;

namespace ENamnd.Engine.Expressions;

/// <summary>Moves values between one script engine and the workflow's JSON, and keeps its <c>variables</c> object in step.</summary>
internal sealed class JavaScriptValues(JsEngine engine, JsonParser parser, JsValue variables)
{
    /// <summary>The script's <c>variables</c> object.</summary>
    public JsValue Variables { get; } = variables;

    /// <summary>A JSON value as a script value (a copy).</summary>
    public JsValue ToJs(JsonNode? node) => node is null ? JsValue.Null : parser.Parse(node.ToJsonString());

    /// <summary>A script value as JSON; undefined, null and functions become null.</summary>
    public JsonNode? ToNode(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    /// <summary>A script value as JSON text, non-ASCII letters as they are (as Elsa's <c>toJson</c> writes them).</summary>
    public string Json(JsValue value) => new JsonSerializer(engine).Serialize(value) is { } json && json.IsString() ? json.AsString() : "null";

    /// <summary>A script value as text; null for null and undefined (and for an argument the script left out).</summary>
    public static string? Text(JsValue? value) =>
        value is null || value.IsUndefined() || value.IsNull() ? null : value.IsString() ? value.AsString() : Jint.Runtime.TypeConverter.ToString(value);

    /// <summary>Mirrors a variable set by a function into the <c>variables</c> object, so both ways of reading agree (as Elsa syncs them).</summary>
    public void Mirror(string name, JsonNode? value)
    {
        if (Variables is Jint.Native.Object.ObjectInstance container) container.Set(name, ToJs(value));
    }
}
