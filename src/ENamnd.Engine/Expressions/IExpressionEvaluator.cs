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

    /// <summary>
    /// Whether the syntax is offered here. A syntax that is turned off stays registered, so a definition using it is refused
    /// with its <see cref="Check"/> message (which says how to turn it on) rather than as an unknown syntax.
    /// </summary>
    bool IsEnabled => true;
}
