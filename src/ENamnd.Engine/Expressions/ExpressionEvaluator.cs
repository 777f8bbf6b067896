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

    /// <summary>Whether <paramref name="syntax"/> is registered and turned on (see <see cref="IExpressionEvaluator.IsEnabled"/>).</summary>
    public bool IsEnabled(string syntax) => bySyntax.TryGetValue(syntax, out var evaluator) && evaluator.IsEnabled;

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

    /// <summary>Runs <paramref name="source"/> as the body of a script activity (e.g. <c>RunCSharp</c>) with the evaluator of <paramref name="syntax"/>.</summary>
    /// <exception cref="ExpressionException">The syntax cannot run scripts here, or the script fails.</exception>
    public ScriptResult RunScript(string syntax, string source, ActivityExecutionContext context)
    {
        if (!bySyntax.TryGetValue(syntax, out var evaluator) || evaluator is not IScriptEvaluator scripts)
            throw new ExpressionException($"Skript av typen '{syntax}' kan inte köras här: uttryckstypen är inte installerad.");
        try
        {
            return scripts.Run(source, context);
        }
        catch (Exception e) when (e is not (ExpressionException or OperationCanceledException))
        {
            throw new ExpressionException($"{syntax}-skriptet '{Shorten(source)}' misslyckades: {e.Message}", e);
        }
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length > 80 ? text[..80] + "…" : text;
}
