using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Runs another workflow as a child instance and, by default, waits until it ends; its output becomes <see cref="Result"/>.</summary>
[Activity("Elsa", "ExecuteWorkflow", Category = "Sammansatt", DisplayName = "Kör arbetsflöde", Description = "Startar ett annat arbetsflöde som delprocess och väntar tills det är klart.")]
public sealed class ExecuteWorkflow : Activity
{
    /// <summary>The definition id of the child workflow.</summary>
    [Input(DisplayName = "Arbetsflöde", UIHint = "workflow-definition-picker")]
    public Input<string> WorkflowDefinitionId { get; set; } = new("");

    /// <summary>The version to run; empty means the published one.</summary>
    [Input(DisplayName = "Version", Description = "Tomt betyder den publicerade versionen.")]
    public Input<int?> WorkflowVersion { get; set; } = new((int?)null);

    /// <summary>The child's input.</summary>
    [Input(DisplayName = "Indata", UIHint = "json-editor", DefaultSyntax = ExpressionTypes.Object)]
    public Input<JsonObject?> Input { get; set; } = new((JsonObject?)null);

    /// <summary>The child's correlation id; empty means the parent's.</summary>
    [Input(DisplayName = "Korrelations-id", Description = "Tomt betyder samma som föräldern (ärendenumret).")]
    public Input<string?> CorrelationId { get; set; } = new((string?)null);

    /// <summary>Whether to wait for the child to end.</summary>
    [Input(DisplayName = "Vänta tills klart", UIHint = "checkbox")]
    public Input<bool> WaitForCompletion { get; set; } = new(true);

    /// <summary>The child's output.</summary>
    [Output(DisplayName = "Resultat")]
    public Output<JsonObject?> Result { get; set; } = new();

    /// <summary>The name of the bookmark that waits for the child, <c>Elsa.ExecuteWorkflow</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<ExecuteWorkflow>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = context.Get(WorkflowDefinitionId);
        if (string.IsNullOrWhiteSpace(definitionId)) throw new ActivityFaultException("Inget arbetsflöde är valt att köra.");
        var instance = context.WorkflowContext.Instance;
        var childId = IdGenerator.NewId();
        var correlationId = context.Get(CorrelationId) is { Length: > 0 } given ? given : instance.CorrelationId;
        var input = context.Get(Input) ?? [];
        ParentReference? parent = null;
        if (context.Get(WaitForCompletion))
        {
            var bookmark = context.CreateBookmark(BookmarkName, new ChildWorkflowPayload(childId, definitionId));
            parent = new ParentReference(instance.Id, bookmark.Id);
        }
        context.SendSignal(new WorkflowSignal.StartChild(childId, definitionId, context.Get(WorkflowVersion), correlationId, input, parent));
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var result = context.ResumeInput ?? [];
        var status = (string?)result["subStatus"];
        if (status != nameof(WorkflowSubStatus.Finished))
        {
            // The runtime sends an error when the child could not even start (e.g. its definition does not exist).
            var reason = (string?)result["error"] is { Length: > 0 } error ? $" {error}" : "";
            throw new ActivityFaultException($"Delprocessen {ValueConverter.Convert<ChildWorkflowPayload>(bookmark.Payload)?.DefinitionId} avslutades inte normalt ({status}).{reason}");
        }
        context.Set(Result, result["output"] as JsonObject);
        return default;
    }

    /// <inheritdoc />
    protected internal override void OnCancelled(ActivityExecutionContext context)
    {
        foreach (var bookmark in context.Bookmarks.Where(b => b.Is(BookmarkName)))
        {
            if (ValueConverter.Convert<ChildWorkflowPayload>(bookmark.Payload) is { } child)
                context.SendSignal(new WorkflowSignal.CancelChild(child.ChildInstanceId));
        }
    }
}
