using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using Jint.Native;
using JsEngine = Jint.Engine;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// The accessors Elsa generates per name (<c>ConfigureEngineWithVariablesAndInputOutputAccessors</c>), in Elsa's order, so a
/// later kind wins a clash: <c>get{Variable}()</c>/<c>set{Variable}(value)</c> for every variable, <c>get{Input}()</c> for
/// every declared workflow input, and <c>get{Output}From{Activity}()</c> for every activity output, the activity named by
/// its name (by its id in workflows made before Elsa 3's designer).
/// </summary>
internal static class JavaScriptAccessors
{
    /// <summary>Adds the accessors that <paramref name="wanted"/> asks for.</summary>
    public static void Install(JsEngine engine, JavaScriptValues values, ActivityExecutionContext context, Func<string, bool> wanted)
    {
        var workflow = context.WorkflowContext;
        var definition = workflow.Workflow.Definition;
        var variableNames = definition.Variables.Select(v => v.Name).Concat(workflow.Instance.Variables.Select(p => p.Key)).Distinct();
        foreach (var name in variableNames.Where(ElsaNames.IsScriptName))
        {
            var pascal = ElsaNames.Pascalize(name);
            if (wanted($"get{pascal}")) engine.SetValue($"get{pascal}", new Func<JsValue>(() => values.ToJs(context.GetVariable(name))));
            if (wanted($"set{pascal}")) engine.SetValue($"set{pascal}", new Action<JsValue>(value => JavaScriptFunctions.SetVariable(values, context, name, value)));
        }
        foreach (var input in definition.Inputs.Where(i => ElsaNames.IsScriptName(i.Name)))
        {
            var name = input.Name;
            // Elsa makes get{Name} at run time and declares get{PascalName} to the editor; both reach the same value.
            foreach (var accessor in new[] { $"get{name}", $"get{ElsaNames.Pascalize(name)}" }.Distinct().Where(wanted))
                engine.SetValue(accessor, new Func<JsValue>(() => values.ToJs(workflow.Instance.Input[name])));
        }
        var byName = IsModern(definition.ToolVersion);
        foreach (var activity in workflow.Workflow.Nodes.Values)
        {
            var identifier = byName ? activity.Name : activity.Id;
            if (string.IsNullOrWhiteSpace(identifier)) continue;
            var suffix = $"From{ElsaNames.Pascalize(identifier)}";
            foreach (var output in OutputNamesOf(activity, workflow.Instance).Where(ElsaNames.IsScriptName))
            {
                var accessor = $"get{ElsaNames.Pascalize(output)}{suffix}";
                if (wanted(accessor)) engine.SetValue(accessor, new Func<JsValue>(() => values.ToJs(workflow.GetActivityOutput(activity.Id, output))));
            }
        }
    }

    // Declared outputs, and those an activity without output properties wrote (a workflow used as an activity).
    private static IEnumerable<string> OutputNamesOf(Activity activity, WorkflowInstance instance) =>
        ActivityProperties.Of(activity.GetType()).Outputs.Select(p => p.Name)
            .Concat((instance.ActivityOutputs[activity.Id] as System.Text.Json.Nodes.JsonObject)?.Select(p => p.Key) ?? [])
            .Distinct();

    // Elsa names activities in accessors by name when the definition was made with its version 3 designer or later.
    private static bool IsModern(string? toolVersion) => !Version.TryParse(toolVersion, out var version) || version.Major >= 3;
}
