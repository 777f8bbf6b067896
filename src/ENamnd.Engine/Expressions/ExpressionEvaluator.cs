using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>Evaluates an expression with the evaluator for its syntax and converts the result to the target type.</summary>
public sealed class ExpressionEvaluator(IEnumerable<IExpressionEvaluator> evaluators)
{
    private readonly Dictionary<string, IExpressionEvaluator> bySyntax =
        evaluators.ToDictionary(e => e.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The syntaxes that can be evaluated.</summary>
    public IReadOnlyCollection<string> Syntaxes => bySyntax.Keys;

    /// <summary>Evaluates <paramref name="expression"/> to a value of <paramref name="targetType"/>.</summary>
    /// <exception cref="ExpressionException">The syntax is unknown or the expression fails.</exception>
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        if (!bySyntax.TryGetValue(expression.Type, out var evaluator))
            throw new ExpressionException($"Okänd uttryckstyp '{expression.Type}'.");
        try
        {
            return ValueConverter.Convert(evaluator.Evaluate(expression, targetType, context), targetType);
        }
        catch (Exception e) when (e is not (ExpressionException or OperationCanceledException))
        {
            throw new ExpressionException($"{expression.Type}-uttrycket '{Shorten(expression.Text)}' kunde inte utvärderas: {e.Message}", e);
        }
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length > 80 ? text[..80] + "…" : text;
}
