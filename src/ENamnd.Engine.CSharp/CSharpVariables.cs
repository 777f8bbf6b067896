using System.Dynamic;
using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.CSharp;

/// <summary>
/// The workflow variables a C# script sees as <c>Variables</c> (or <c>Variable</c>), as in Elsa: <c>Get&lt;T&gt;(name)</c>,
/// <c>Get(name)</c>, <c>Set(name, value)</c>, and each variable as a member (<c>Variables.Amount</c>, also assignable).
/// </summary>
public sealed class CSharpVariables : DynamicObject
{
    private readonly ScriptScope scope;

    internal CSharpVariables(ScriptScope scope) => this.scope = scope;

    /// <summary>A variable's value converted to <typeparamref name="T"/>; default when it has none.</summary>
    public T? Get<T>(string name) => ValueConverter.Convert<T>(scope.Context.GetVariable(NameOf(name)));

    /// <summary>A variable's value as its declared type.</summary>
    public object? Get(string name)
    {
        var resolved = NameOf(name);
        var declared = scope.Context.WorkflowContext.Workflow.Definition.Variables.FirstOrDefault(v => v.Name == resolved);
        return CSharpValues.ToScript(scope.Context.GetVariable(resolved), declared?.TypeName, declared?.IsArray ?? false);
    }

    /// <summary>Sets a variable; an undeclared name creates it.</summary>
    public void Set(string name, object? value) => scope.Context.SetVariable(NameOf(name), value);

    /// <inheritdoc />
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        var name = Find(binder.Name) ?? throw new InvalidOperationException($"Det finns ingen variabel som heter '{binder.Name}'.");
        result = Get(name);
        return true;
    }

    /// <inheritdoc />
    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        Set(Find(binder.Name) ?? binder.Name, value);
        return true;
    }

    /// <inheritdoc />
    public override IEnumerable<string> GetDynamicMemberNames() => Names();

    private string NameOf(string name) => Find(name) ?? name;

    // Elsa names a variable's member in PascalCase, so a member finds its variable whatever the case of its first letters.
    private string? Find(string name)
    {
        if (scope.Context.HasVariable(name)) return name;
        return Names().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<string> Names() =>
        scope.Context.GetVisibleVariables().Select(p => p.Key)
            .Concat(scope.Context.WorkflowContext.Workflow.Definition.Variables.Select(v => v.Name))
            .Distinct(StringComparer.Ordinal);
}
