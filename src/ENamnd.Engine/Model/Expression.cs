using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.Model;

/// <summary>An expression as Elsa stores it: a syntax and a value (<c>{type, value}</c>).</summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    /// <summary>A constant value, written as the engine writes values (enums by name, as the designer's dropdowns expect).</summary>
    public static Expression Literal(object? value) => new(ExpressionTypes.Literal, ValueConverter.ToNode(value));

    /// <summary>A JSON object or array, written as JSON text.</summary>
    public static Expression Object(string json) => new(ExpressionTypes.Object, JsonValue.Create(json));

    /// <summary>The current value of a workflow variable, by name or id.</summary>
    public static Expression Variable(string name) => new(ExpressionTypes.Variable, JsonValue.Create(name));

    /// <summary>A JavaScript expression evaluated with Jint.</summary>
    public static Expression JavaScript(string script) => new(ExpressionTypes.JavaScript, JsonValue.Create(script));

    /// <summary>A Liquid template rendered with Fluid.</summary>
    public static Expression Liquid(string template) => new(ExpressionTypes.Liquid, JsonValue.Create(template));

    /// <summary>A C# expression, run with Roslyn when the host has C# turned on.</summary>
    public static Expression CSharp(string script) => new(ExpressionTypes.CSharp, JsonValue.Create(script));

    /// <summary>The value as text, for syntaxes whose value is source code.</summary>
    [JsonIgnore]
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };

    /// <summary>Compares two expressions by syntax and JSON value.</summary>
    public bool Equals(Expression? other) =>
        other is not null && Type == other.Type && JsonNode.DeepEquals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Text);
}
