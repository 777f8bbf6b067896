using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>Reads a workflow variable, named by text or by a reference object with <c>id</c> or <c>name</c>.</summary>
public sealed class VariableEvaluator : IExpressionEvaluator
{
    /// <inheritdoc />
    public string Type => ExpressionTypes.Variable;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        var reference = expression.Value switch
        {
            JsonObject obj => (string?)obj["id"] ?? (string?)obj["name"],
            _ => expression.Text,
        };
        if (string.IsNullOrWhiteSpace(reference) || !context.HasVariable(reference))
            throw new ExpressionException($"Variabeln '{reference}' finns inte i arbetsflödet.");
        return context.GetVariable(reference);
    }
}
