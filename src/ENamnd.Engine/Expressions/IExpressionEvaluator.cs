using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>Evaluates expressions of one syntax.</summary>
public interface IExpressionEvaluator
{
    /// <summary>The syntax handled, e.g. <c>JavaScript</c>.</summary>
    string Type { get; }

    /// <summary>Evaluates the expression in the scope of an executing activity; the caller converts the result.</summary>
    object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context);

    /// <summary>Checks the expression without running it; the problem found, or null.</summary>
    string? Check(Expression expression) => null;
}
