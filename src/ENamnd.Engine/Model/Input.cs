using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>An activity input: an expression evaluated when the activity runs.</summary>
public abstract class Input(Expression expression, Type valueType)
{
    /// <summary>The expression that yields the input's value.</summary>
    public Expression Expression { get; set; } = expression;

    /// <summary>The CLR type the value is converted to.</summary>
    public Type ValueType { get; } = valueType;

    /// <summary>The <c>typeName</c> as the JSON carried it (the designer may leave it null).</summary>
    public string? TypeName { get; set; } = TypeAliases.AliasOf(valueType);

    /// <summary>Properties of the JSON wrapper that the engine does not use, kept verbatim.</summary>
    public JsonObject? Extra { get; set; }

    /// <summary>Whether the JSON held the bare value instead of a wrapped expression; kept on write.</summary>
    public bool IsRaw { get; set; }
}

/// <summary>A typed activity input holding an expression.</summary>
public sealed class Input<T> : Input
{
    /// <summary>An input with a constant value.</summary>
    public Input(T value) : base(Expression.Literal(value), typeof(T)) { }

    /// <summary>An input computed by an expression.</summary>
    public Input(Expression expression) : base(expression, typeof(T)) { }

    /// <summary>Wraps a constant value.</summary>
    public static implicit operator Input<T>(T value) => new(value);
}
