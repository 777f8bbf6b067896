using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Whether a variable with this name or id is declared or set.</summary>
    public bool HasVariable(string nameOrId) => Instance.Variables.ContainsKey(VariableName(nameOrId));

    /// <summary>The value of a variable, by name or id.</summary>
    public JsonNode? GetVariable(string nameOrId) => Instance.Variables[VariableName(nameOrId)];

    /// <summary>Sets a variable, by name or id; an undeclared name creates the variable.</summary>
    public void SetVariable(string nameOrId, object? value)
    {
        var name = VariableName(nameOrId);
        // A value is replaced, never changed in place (values are copied on the way in), so the old node is kept as it was.
        if (!variablesBefore.ContainsKey(name)) variablesBefore[name] = Instance.Variables[name];
        Instance.Variables[name] = ValueConverter.ToNode(value);
    }

    /// <summary>
    /// Writes an output's value where its memory reference points: a variable (by name or id) or, when no variable has
    /// that name, a declared workflow output of that name (as Elsa maps activity outputs to workflow outputs).
    /// </summary>
    internal void SetBound(string reference, JsonNode? value)
    {
        if (!HasVariable(reference) && Workflow.Definition.Outputs.Any(o => o.Name == reference))
            Instance.Output[reference] = value?.DeepClone();
        else
            SetVariable(reference, value);
    }

    private string VariableName(string nameOrId)
    {
        var variables = Workflow.Definition.Variables;
        return variables.Any(v => v.Name == nameOrId)
            ? nameOrId
            : variables.FirstOrDefault(v => v.Id == nameOrId)?.Name ?? nameOrId;
    }
}
