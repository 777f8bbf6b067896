using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>An evaluator that can also run a whole script as an activity's body, which may choose the activity's outcomes.</summary>
public interface IScriptEvaluator : IExpressionEvaluator
{
    /// <summary>Runs <paramref name="source"/> for the activity of <paramref name="context"/>.</summary>
    ScriptResult Run(string source, ActivityExecutionContext context);
}
