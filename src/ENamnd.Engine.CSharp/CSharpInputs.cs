using System.Dynamic;
using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.CSharp;

/// <summary>The workflow's input a C# script sees as <c>Input</c> (or <c>Inputs</c>), as in Elsa: <c>Get&lt;T&gt;(name)</c> and each input as a member.</summary>
public sealed class CSharpInputs : DynamicObject
{
    private readonly ScriptScope scope;

    internal CSharpInputs(ScriptScope scope) => this.scope = scope;

    /// <summary>An input's value converted to <typeparamref name="T"/>; default when it was not given.</summary>
    public T? Get<T>(string name) => ValueConverter.Convert<T>(scope.Context.WorkflowContext.Instance.Input[NameOf(name)]);

    /// <summary>An input's value as its declared type.</summary>
    public object? Get(string name)
    {
        var resolved = NameOf(name);
        var declared = scope.Context.WorkflowContext.Workflow.Definition.Inputs.FirstOrDefault(i => i.Name == resolved);
        return CSharpValues.ToScript(scope.Context.WorkflowContext.Instance.Input[resolved], declared?.Type, declared?.IsArray ?? false);
    }

    /// <inheritdoc />
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = Get(binder.Name);
        return true;
    }

    /// <inheritdoc />
    public override IEnumerable<string> GetDynamicMemberNames() => Names();

    // As with variables, a member finds its input whatever the case of its first letters; an input not given is null.
    private string NameOf(string name) =>
        Names().FirstOrDefault(n => n == name) ?? Names().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) ?? name;

    private IEnumerable<string> Names() =>
        scope.Context.WorkflowContext.Instance.Input.Select(p => p.Key)
            .Concat(scope.Context.WorkflowContext.Workflow.Definition.Inputs.Select(i => i.Name))
            .Distinct(StringComparer.Ordinal);
}
