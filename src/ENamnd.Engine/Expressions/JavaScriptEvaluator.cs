using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using JsEngine = Jint.Engine;
using Script = Acornima.Ast.Script;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// Evaluates JavaScript with Jint. Scripts see <c>variables</c> (assignments are kept),
/// <c>getVariable</c>/<c>setVariable</c>, <c>input</c>/<c>getInput</c>, <c>getOutputFrom</c>,
/// <c>correlationId</c> and <c>workflowInstanceId</c>. The value of the last statement is the result.
/// </summary>
public sealed class JavaScriptEvaluator : IExpressionEvaluator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, Prepared<Script>> scripts = new();

    /// <inheritdoc />
    public string Type => ExpressionTypes.JavaScript;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        var source = expression.Text ?? "";
        if (string.IsNullOrWhiteSpace(source)) return null;
        var script = scripts.GetOrAdd(source, static s => JsEngine.PrepareScript(s));
        var engine = new JsEngine(o => o.TimeoutInterval(Timeout).MaxStatements(100_000).LimitRecursion(64));
        var parser = new JsonParser(engine);
        var workflow = context.WorkflowContext;
        var snapshot = context.GetVisibleVariables().ToJsonString();
        var variables = parser.Parse(snapshot);
        engine.SetValue("variables", variables);
        engine.SetValue("input", parser.Parse(workflow.Instance.Input.ToJsonString()));
        engine.SetValue("correlationId", workflow.Instance.CorrelationId);
        engine.SetValue("workflowInstanceId", workflow.Instance.Id);
        engine.SetValue("getVariable", (string name) => ToJs(parser, context.GetVariable(name)));
        engine.SetValue("setVariable", (string name, JsValue value) => context.SetVariable(name, ToNode(engine, value)));
        engine.SetValue("getInput", (string name) => ToJs(parser, workflow.Instance.Input[name]));
        engine.SetValue("getOutputFrom", (string activity, string output) => ToJs(parser, workflow.GetActivityOutput(activity, output)));
        var result = engine.Evaluate(script);
        KeepAssignedVariables(engine, variables, JsonNode.Parse(snapshot) as JsonObject ?? [], context);
        return ToNode(engine, result);
    }

    /// <inheritdoc />
    public string? Check(Expression expression)
    {
        try
        {
            scripts.GetOrAdd(expression.Text ?? "", static s => JsEngine.PrepareScript(s));
            return null;
        }
        catch (Exception e) when (e is ScriptPreparationException or Acornima.ParseErrorException or Jint.Runtime.JavaScriptException)
        {
            return $"JavaScript-fel: {e.Message}";
        }
    }

    // Compared with the values the script started from, not the current ones: a setVariable call during
    // the script must not be undone by the unchanged copy in the variables object.
    private static void KeepAssignedVariables(JsEngine engine, JsValue variables, JsonObject before, ActivityExecutionContext context)
    {
        if (ToNode(engine, variables) is not JsonObject after) return;
        foreach (var (name, value) in after)
        {
            if (!JsonNode.DeepEquals(before[name], value)) context.SetVariable(name, value);
        }
    }

    private static JsValue ToJs(JsonParser parser, JsonNode? node) =>
        node is null ? JsValue.Null : parser.Parse(node.ToJsonString());

    private static JsonNode? ToNode(JsEngine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
