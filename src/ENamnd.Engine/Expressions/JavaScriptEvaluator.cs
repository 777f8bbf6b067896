using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Jint;
using Jint.Native.Json;
using JsEngine = Jint.Engine;
using Script = Acornima.Ast.Script;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// Evaluates JavaScript with Jint, with Elsa's script API: <c>variables</c> (assignments are kept), the common functions
/// (<c>getVariable</c>, <c>setVariable</c>, <c>getInput</c>, <c>getOutputFrom</c>, <c>getLastResult</c>, <c>getCorrelationId</c>,
/// <c>isNullOrWhiteSpace</c>, <c>parseGuid</c>, <c>toJson</c> …, see <see cref="JavaScriptFunctions"/>) and the accessors Elsa
/// generates per name (<c>getVariable1()</c>/<c>setVariable1(v)</c>, <c>getInput1()</c>, <c>getResultFromActivity1()</c>). A
/// top-level <c>return</c> is allowed; the returned value, or the value of the last statement, is the result.
/// </summary>
public sealed class JavaScriptEvaluator : IExpressionEvaluator
{
    private static readonly string[] DynamicCodeSignals = ["eval", "Function", "globalThis"];

    private static readonly ScriptPreparationOptions Preparation = new()
    {
        ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = true },
        CollectReferencedGlobals = true,
    };

    private readonly ConcurrentDictionary<string, Prepared<Script>> scripts = new();

    /// <inheritdoc />
    public string Type => ExpressionTypes.JavaScript;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context) =>
        Run(expression.Text ?? "", context);

    /// <summary>Runs a script for an activity; <paramref name="configure"/> adds globals of the activity's own (e.g. <c>setOutcome</c>).</summary>
    public JsonNode? Run(string source, ActivityExecutionContext context, Action<JsEngine>? configure = null)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var script = Prepare(source);
        var engine = new JsEngine(o => o.TimeoutInterval(ScriptLimits.Timeout).MaxStatements(100_000).LimitRecursion(64));
        var parser = new JsonParser(engine);
        var workflow = context.WorkflowContext;
        var snapshot = context.GetVisibleVariables().ToJsonString();
        var variables = parser.Parse(snapshot);
        engine.SetValue("variables", variables);
        engine.SetValue("input", parser.Parse(workflow.Instance.Input.ToJsonString()));
        engine.SetValue("correlationId", workflow.Instance.CorrelationId);
        engine.SetValue("workflowInstanceId", workflow.Instance.Id);
        var values = new JavaScriptValues(engine, parser, variables);
        JavaScriptFunctions.Install(engine, values, context);
        JavaScriptAccessors.Install(engine, values, context, WantedFilter(script.ReferencedGlobals));
        configure?.Invoke(engine);
        var result = engine.Evaluate(script);
        KeepAssignedVariables(values, JsonNode.Parse(snapshot) as JsonObject ?? [], context);
        return values.ToNode(result);
    }

    /// <inheritdoc />
    public string? Check(Expression expression)
    {
        try
        {
            Prepare(expression.Text ?? "");
            return null;
        }
        catch (Exception e) when (e is ScriptPreparationException or Acornima.ParseErrorException or Jint.Runtime.JavaScriptException)
        {
            return $"JavaScript-fel: {e.Message}";
        }
    }

    private Prepared<Script> Prepare(string source) => scripts.GetOrAdd(source, static s => JsEngine.PrepareScript(s, options: Preparation));

    // Only the accessors a script names are made, as Elsa does; a script that can reach a global without naming it
    // (eval, the Function constructor, globalThis) gets them all.
    private static Func<string, bool> WantedFilter(ReferencedGlobals? referenced)
    {
        if (referenced is null || referenced.HasDirectEvalCall || DynamicCodeSignals.Any(referenced.Contains)) return static _ => true;
        return referenced.Contains;
    }

    // Compared with the values the script started from, not the current ones: a setVariable call during
    // the script must not be undone by the unchanged copy in the variables object.
    private static void KeepAssignedVariables(JavaScriptValues values, JsonObject before, ActivityExecutionContext context)
    {
        if (values.ToNode(values.Variables) is not JsonObject after) return;
        foreach (var (name, value) in after)
        {
            if (!JsonNode.DeepEquals(before[name], value)) context.SetVariable(name, value);
        }
    }
}
