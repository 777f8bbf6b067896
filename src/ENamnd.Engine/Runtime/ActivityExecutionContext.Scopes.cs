using System.Text.Json.Nodes;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

public sealed partial class ActivityExecutionContext
{
    /// <summary>
    /// Schedules a child with variables of its own (as Elsa's loops give their body <c>CurrentValue</c>); the child and
    /// everything below it see them before workflow variables of the same name. They live in the child's persisted state.
    /// </summary>
    public ActivityExecutionContext ScheduleChild(Activity child, JsonObject variables)
    {
        var scheduled = ScheduleChild(child);
        scheduled.State.Variables = variables;
        return scheduled;
    }

    /// <summary>Whether a variable with this name or id is visible here: in an enclosing scope or in the workflow.</summary>
    public bool HasVariable(string nameOrId) => ScopeOf(nameOrId) is not null || WorkflowContext.HasVariable(nameOrId);

    /// <summary>A copy of every variable visible here, by name: the workflow's, overlaid by enclosing scopes (nearest wins).</summary>
    public JsonObject GetVisibleVariables()
    {
        var visible = (JsonObject)WorkflowContext.Instance.Variables.DeepClone();
        var scopes = new Stack<JsonObject>();
        for (var context = this; context is not null; context = context.Parent)
        {
            if (context.State.Variables is { } variables) scopes.Push(variables);
        }
        while (scopes.TryPop(out var scope))
        {
            foreach (var (name, value) in scope) visible[name] = value?.DeepClone();
        }
        return visible;
    }

    /// <summary>The variables of the nearest enclosing execution (this one included) that declares <paramref name="name"/>.</summary>
    private JsonObject? ScopeOf(string name)
    {
        for (var context = this; context is not null; context = context.Parent)
        {
            if (context.State.Variables is { } variables && variables.ContainsKey(name)) return variables;
        }
        return null;
    }
}
