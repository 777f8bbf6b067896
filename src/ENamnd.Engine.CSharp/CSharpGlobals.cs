namespace ENamnd.Engine.CSharp;

/// <summary>
/// What a C# script sees, named as Elsa's C# globals: <c>Variables</c>/<c>Variable</c>, <c>Input</c>/<c>Inputs</c>,
/// <c>Output</c>, <c>Outcome</c>, <c>ExecutionContext</c>, <c>WorkflowInstanceId</c>, <c>CorrelationId</c> and
/// <c>WorkflowInstanceName</c>.
/// </summary>
public sealed class CSharpGlobals
{
    private readonly ScriptScope scope;

    internal CSharpGlobals(ScriptScope scope)
    {
        this.scope = scope;
        Variables = new CSharpVariables(scope);
        Input = new CSharpInputs(scope);
        Output = new CSharpOutputs(scope);
        Outcome = new CSharpOutcome(scope);
        ExecutionContext = new CSharpExecutionContext(scope);
    }

    /// <summary>The workflow variables; each is also a member (<c>Variables.Amount</c>).</summary>
    public dynamic Variables { get; }

    /// <summary>The workflow variables (Elsa's newer name for <see cref="Variables"/>).</summary>
    public dynamic Variable => Variables;

    /// <summary>The workflow's input; each input is also a member (<c>Input.Title</c>).</summary>
    public dynamic Input { get; }

    /// <summary>The workflow's input (Elsa's older name for <see cref="Input"/>).</summary>
    public dynamic Inputs => Input;

    /// <summary>Other activities' outputs and the last result.</summary>
    public CSharpOutputs Output { get; }

    /// <summary>The outcomes a RunCSharp script continues through.</summary>
    public CSharpOutcome Outcome { get; }

    /// <summary>Variable and input helpers of the running activity.</summary>
    public CSharpExecutionContext ExecutionContext { get; }

    /// <summary>The id of the workflow instance.</summary>
    public string WorkflowInstanceId => scope.Context.WorkflowContext.Instance.Id;

    /// <summary>The instance's correlation id (the case number), which a script may change.</summary>
    public string? CorrelationId
    {
        get => scope.Context.WorkflowContext.Instance.CorrelationId;
        set => scope.Context.WorkflowContext.Instance.CorrelationId = value;
    }

    /// <summary>The instance's name, which a script may change.</summary>
    public string? WorkflowInstanceName
    {
        get => scope.Context.WorkflowContext.Instance.Name;
        set => scope.Context.WorkflowContext.Instance.Name = value;
    }
}
