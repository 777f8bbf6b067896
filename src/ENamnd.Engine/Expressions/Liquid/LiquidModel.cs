using ENamnd.Engine.Runtime;
using Fluid;
using Fluid.Values;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>
/// What a template sees, as in Elsa: <c>Variables.X</c>, <c>Input.X</c>, <c>CorrelationId</c>, <c>WorkflowInstanceId</c>,
/// <c>WorkflowDefinitionId</c>, <c>WorkflowDefinitionVersionId</c> and <c>WorkflowDefinitionVersion</c>; and, as before,
/// <c>Workflow.InstanceId</c>, <c>Workflow.CorrelationId</c>, <c>Workflow.DefinitionId</c> and <c>Workflow.Name</c>.
/// </summary>
internal static class LiquidModel
{
    /// <summary>Puts the executing workflow's data into <paramref name="template"/>'s scope.</summary>
    public static void Fill(TemplateContext template, ActivityExecutionContext context)
    {
        var workflow = context.WorkflowContext;
        var instance = workflow.Instance;
        template.SetValue("Variables", DictionaryValue.Create(new JsonMembers(
            () => instance.Variables.Select(p => p.Key),
            name => workflow.HasVariable(name) ? (true, workflow.GetVariable(name)) : (false, null))));
        template.SetValue("Input", DictionaryValue.Create(new JsonMembers(
            () => instance.Input.Select(p => p.Key),
            name => instance.Input.TryGetPropertyValue(name, out var value) ? (true, value) : (false, null))));
        template.SetValue("CorrelationId", Text(instance.CorrelationId));
        template.SetValue("WorkflowInstanceId", Text(instance.Id));
        template.SetValue("WorkflowDefinitionId", Text(instance.DefinitionId));
        template.SetValue("WorkflowDefinitionVersionId", Text(instance.DefinitionVersionId));
        template.SetValue("WorkflowDefinitionVersion", NumberValue.Create(instance.Version));
        template.SetValue("Workflow", FluidValue.Create(new Dictionary<string, FluidValue>
        {
            ["InstanceId"] = Text(instance.Id),
            ["CorrelationId"] = Text(instance.CorrelationId),
            ["DefinitionId"] = Text(instance.DefinitionId),
            ["DefinitionVersionId"] = Text(instance.DefinitionVersionId),
            ["Version"] = NumberValue.Create(instance.Version),
            ["Name"] = Text(instance.Name),
        }, template.Options));
    }

    private static FluidValue Text(string? value) => value is null ? NilValue.Instance : StringValue.Create(value);
}
