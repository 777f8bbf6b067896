using ENamnd.Engine.Expressions;

namespace ENamnd.Engine.CSharp;

/// <summary>The running activity's context as a C# script sees it as <c>ExecutionContext</c> (Elsa's variable and input helpers).</summary>
public sealed class CSharpExecutionContext
{
    private readonly ScriptScope scope;

    internal CSharpExecutionContext(ScriptScope scope) => this.scope = scope;

    /// <summary>A variable's value converted to <typeparamref name="T"/>.</summary>
    public T? GetVariable<T>(string name) => scope.Context.GetVariable<T>(name);

    /// <summary>A variable's value.</summary>
    public object? GetVariable(string name) => CSharpValues.ToScript(scope.Context.GetVariable(name));

    /// <summary>Sets a variable; an undeclared name creates it.</summary>
    public void SetVariable(string name, object? value) => scope.Context.SetVariable(name, value);

    /// <summary>A workflow input converted to <typeparamref name="T"/>.</summary>
    public T? GetInput<T>(string name) => ValueConverter.Convert<T>(scope.Context.WorkflowContext.Instance.Input[name]);
}
