using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>An object expression is JSON, usually held as text.</summary>
public sealed class ObjectEvaluator : IExpressionEvaluator
{
    /// <inheritdoc />
    public string Type => ExpressionTypes.Object;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context) =>
        expression.Value is JsonValue && expression.Text is { } text
            ? string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text)
            : expression.Value;
}
