using System.Text;
using System.Text.RegularExpressions;
using ENamnd.Engine.Runtime;
using Jint.Native;
using JsEngine = Jint.Engine;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// The functions every script sees, named and behaving as Elsa's JavaScript module defines them
/// (<c>ConfigureEngineWithCommonFunctions</c>): workflow identity, correlation id, variables, input, activity output,
/// the last result, text and GUID helpers and JSON; and Elsa's HTTP module's <c>createEventTriggerUrl</c>.
/// </summary>
internal static partial class JavaScriptFunctions
{
    /// <summary>Adds the functions to a script engine that runs for <paramref name="context"/>.</summary>
    public static void Install(JsEngine engine, JavaScriptValues values, ActivityExecutionContext context)
    {
        var workflow = context.WorkflowContext;
        var instance = workflow.Instance;
        var definition = workflow.Workflow.Definition;

        engine.SetValue("getWorkflowDefinitionId", new Func<string>(() => definition.DefinitionId));
        engine.SetValue("getWorkflowDefinitionVersionId", new Func<string>(() => definition.Id));
        engine.SetValue("getWorkflowDefinitionVersion", new Func<int>(() => definition.Version));
        engine.SetValue("getWorkflowInstanceId", new Func<string>(() => instance.Id));
        engine.SetValue("getCorrelationId", new Func<string?>(() => instance.CorrelationId));
        engine.SetValue("setCorrelationId", new Action<JsValue>(value => instance.CorrelationId = JavaScriptValues.Text(value)));
        engine.SetValue("getWorkflowInstanceName", new Func<string?>(() => instance.Name));
        engine.SetValue("setWorkflowInstanceName", new Action<JsValue>(value => instance.Name = JavaScriptValues.Text(value)));

        engine.SetValue("getVariable", new Func<JsValue, JsValue>(name => values.ToJs(context.GetVariable(NameOf(name)))));
        engine.SetValue("setVariable", new Action<JsValue, JsValue>((name, value) => SetVariable(values, context, NameOf(name), value)));
        engine.SetValue("getInput", new Func<JsValue, JsValue>(name => values.ToJs(instance.Input[NameOf(name)])));
        engine.SetValue("getOutputFrom", new Func<JsValue, JsValue, JsValue>((activity, output) =>
            values.ToJs(workflow.GetActivityOutput(NameOf(activity), JavaScriptValues.Text(output) ?? WorkflowExecutionContext.DefaultOutput))));
        engine.SetValue("getLastResult", new Func<JsValue>(() => values.ToJs(workflow.LastResult)));

        engine.SetValue("isNullOrWhiteSpace", new Func<JsValue, bool>(value => string.IsNullOrWhiteSpace(JavaScriptValues.Text(value))));
        engine.SetValue("isNullOrEmpty", new Func<JsValue, bool>(value => string.IsNullOrEmpty(JavaScriptValues.Text(value))));
        engine.SetValue("toJson", new Func<JsValue, string>(values.Json));
        engine.SetValue("parseGuid", new Func<JsValue, string>(value => Guid.Parse(JavaScriptValues.Text(value) ?? "").ToString()));
        engine.SetValue("newGuid", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("newGuidString", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("newShortGuid", new Func<string>(NewShortGuid));
        engine.SetValue("stringToBase64", new Func<JsValue, string>(value => Convert.ToBase64String(Encoding.UTF8.GetBytes(JavaScriptValues.Text(value) ?? ""))));
        engine.SetValue("stringFromBase64", new Func<JsValue, string>(value => Encoding.UTF8.GetString(Convert.FromBase64String(JavaScriptValues.Text(value) ?? ""))));

        // Names Elsa keeps for older scripts.
        engine.SetValue("getGuidString", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("getShortGuid", new Func<string>(NewShortGuid));
        InstallTriggerUrls(engine, context);
    }

    /// <summary>Sets a variable and mirrors it into the script's <c>variables</c> object.</summary>
    public static void SetVariable(JavaScriptValues values, ActivityExecutionContext context, string name, JsValue value)
    {
        var node = values.ToNode(value);
        context.SetVariable(name, node);
        values.Mirror(name, node);
    }

    private static string NameOf(JsValue value) => JavaScriptValues.Text(value) ?? "";

    private static string NewShortGuid() => Base64Padding().Replace(Convert.ToBase64String(Guid.NewGuid().ToByteArray()), "");

    [GeneratedRegex("[/+=]")]
    private static partial Regex Base64Padding();
}
