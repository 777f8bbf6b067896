using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Starts a new instance of another workflow's published version (Elsa's <c>DispatchWorkflow</c>) and continues at once,
/// or, with <see cref="WaitForCompletion"/>, when the child ends; its output then becomes <see cref="Result"/>. The child
/// records this instance as its parent either way.
/// </summary>
[Activity("Elsa", "DispatchWorkflow", Category = "Sammansatt", DisplayName = "Starta arbetsflöde", Description = "Startar en ny instans av ett annat arbetsflöde, utan att vänta om inget annat anges.")]
public sealed class DispatchWorkflow : Activity
{
    /// <summary>The definition id of the workflow to start.</summary>
    [Input(DisplayName = "Arbetsflöde", UIHint = "workflow-definition-picker")]
    public Input<string> WorkflowDefinitionId { get; set; } = new("");

    /// <summary>The child's correlation id; empty means this instance's.</summary>
    [Input(DisplayName = "Korrelations-id", Description = "Tomt betyder samma som föräldern (ärendenumret).")]
    public Input<string?> CorrelationId { get; set; } = new((string?)null);

    /// <summary>The child's input.</summary>
    [Input(DisplayName = "Indata", UIHint = "json-editor", DefaultSyntax = ExpressionTypes.Object)]
    public Input<JsonObject?> Input { get; set; } = new((JsonObject?)null);

    /// <summary>Whether to wait for the child to end before continuing.</summary>
    [Input(DisplayName = "Vänta tills klart", UIHint = "checkbox")]
    public Input<bool> WaitForCompletion { get; set; } = new(false);

    /// <summary>The child's output, when this activity waited for it.</summary>
    [Output(DisplayName = "Resultat")]
    public Output<object?> Result { get; set; } = new();

    /// <summary>The name of the bookmark that waits for the child, <c>Elsa.DispatchWorkflow</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<DispatchWorkflow>();

    /// <inheritdoc />
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = context.Get(WorkflowDefinitionId);
        if (string.IsNullOrWhiteSpace(definitionId)) throw new ActivityFaultException("Inget arbetsflöde är valt att starta.");
        // As in Elsa, a workflow without a published version faults the dispatching activity instead of starting nothing.
        var store = (IWorkflowDefinitionStore?)context.Services.GetService(typeof(IWorkflowDefinitionStore));
        if (store is not null && await store.FindAsync(definitionId, VersionOptions.Published) is null)
            throw new ActivityFaultException($"Arbetsflödet '{definitionId}' har ingen publicerad version att starta.");
        var correlationId = context.Get(CorrelationId) is { Length: > 0 } given ? given : context.WorkflowContext.Instance.CorrelationId;
        ChildWorkflows.Start(context, BookmarkName, definitionId, null, context.Get(Input) ?? [], correlationId, context.Get(WaitForCompletion));
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        context.Set(Result, ChildWorkflows.Finished(context, bookmark)["output"]);
        return default;
    }

    /// <inheritdoc />
    protected internal override void OnCancelled(ActivityExecutionContext context) => ChildWorkflows.CancelWaiting(context, BookmarkName);
}
