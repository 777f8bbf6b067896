using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.CSharp;

/// <summary>
/// Evaluates C# (Elsa's <c>CSharp</c> syntax) with Roslyn scripting: a script sees <see cref="CSharpGlobals"/>, may end with
/// <c>return</c> or an expression, and runs under the same time limit as JavaScript (<see cref="ScriptLimits"/>). Scripts are
/// compiled once per text and kept in a bounded cache. C# runs with the host's full rights, so this evaluator refuses
/// everything unless <see cref="CSharpOptions.Enabled"/> is set.
/// </summary>
public sealed class CSharpEvaluator(CSharpOptions options) : IScriptEvaluator
{
    private readonly CSharpScriptCache cache = new(options.CacheSize);

    /// <inheritdoc />
    public string Type => ExpressionTypes.CSharp;

    /// <inheritdoc />
    public bool IsEnabled => options.Enabled;

    /// <summary>How many compiled scripts are kept now.</summary>
    public int CachedScripts => cache.Count;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context) =>
        Execute(expression.Text ?? "", context).Value;

    /// <inheritdoc />
    public ScriptResult Run(string source, ActivityExecutionContext context) => Execute(source, context);

    /// <inheritdoc />
    public string? Check(Expression expression)
    {
        if (!options.Enabled) return CSharpOptions.DisabledMessage;
        return cache.Get(expression.Text ?? "").Errors is { } errors ? $"C#-fel: {errors}" : null;
    }

    // The first script the evaluator runs also loads the scripting runtime (and the binder of `dynamic`, which the
    // globals use), seconds on a busy machine that must not count against the script's own limit.
    private static readonly TimeSpan FirstRunTimeout = ScriptLimits.Timeout * 15;
    private volatile bool warm;

    private ScriptResult Execute(string source, ActivityExecutionContext context)
    {
        if (!options.Enabled) throw new ExpressionException(CSharpOptions.DisabledMessage);
        if (string.IsNullOrWhiteSpace(source)) return new ScriptResult(null, null);
        var activity = context.Activity.Name ?? context.Activity.Id;
        var compiled = cache.Get(source);
        if (compiled.Runner is not { } runner)
            throw new ExpressionException($"C#-skriptet i aktiviteten '{activity}' kunde inte kompileras: {compiled.Errors}");
        var scope = new ScriptScope(context);
        using var cancel = new CancellationTokenSource();
        // On a pool thread, so that a script that never returns cannot hold the step past the limit. The thread itself
        // cannot be stopped: the expired scope keeps it from touching the instance afterwards.
        var run = Task.Run(() => runner(new CSharpGlobals(scope), cancel.Token));
        try
        {
            var limit = warm ? ScriptLimits.Timeout : FirstRunTimeout;
            if (Task.WaitAny([run], limit) < 0)
            {
                cancel.Cancel();
                throw new ExpressionException($"C#-skriptet i aktiviteten '{activity}' avbröts: det körde längre än {limit.TotalSeconds:0} sekunder.");
            }
            warm = true;
            // Rethrows the script's own exception as it was thrown.
            return new ScriptResult(run.GetAwaiter().GetResult(), scope.Outcomes);
        }
        catch (OperationCanceledException e)
        {
            // The script's own cancellation (say, a call of its that timed out) faults the activity; it must not pass for
            // the step being cancelled.
            throw new ExpressionException($"C#-skriptet i aktiviteten '{activity}' avbröts: {e.Message}", e);
        }
        finally
        {
            scope.Expire();
        }
    }
}
