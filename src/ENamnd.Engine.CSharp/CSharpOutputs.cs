using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.CSharp;

/// <summary>Other activities' outputs, as a C# script sees them as <c>Output</c> (Elsa's names: <c>From</c>, <c>LastResult</c>).</summary>
public sealed class CSharpOutputs
{
    private readonly ScriptScope scope;

    internal CSharpOutputs(ScriptScope scope) => this.scope = scope;

    /// <summary>What an activity (by id or name) wrote to an output; its <c>Result</c> when no output is named.</summary>
    public object? From(string activityIdOrName, string? outputName = null) =>
        CSharpValues.ToScript(scope.Context.WorkflowContext.GetActivityOutput(activityIdOrName, outputName ?? WorkflowExecutionContext.DefaultOutput));

    /// <summary>What an activity wrote to an output, converted to <typeparamref name="T"/>.</summary>
    public T? From<T>(string activityIdOrName, string? outputName = null) =>
        ValueConverter.Convert<T>(scope.Context.WorkflowContext.GetActivityOutput(activityIdOrName, outputName ?? WorkflowExecutionContext.DefaultOutput));

    /// <summary>The result of the activity that ran last in this step.</summary>
    public object? LastResult => CSharpValues.ToScript(scope.Context.WorkflowContext.LastResult);
}
