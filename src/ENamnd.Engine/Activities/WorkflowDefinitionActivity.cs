using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Activities;

/// <summary>
/// A workflow placed in another as an activity (Elsa's <c>WorkflowDefinitionActivity</c>). Its type is the workflow's name
/// (see <see cref="WorkflowActivityNames"/>), its inputs and outputs the workflow's. It runs the workflow as a child instance
/// with those inputs, waits for it, takes its outputs as its own and continues through the outcomes the child completed
/// with (<c>Elsa.Complete</c>), or <c>Done</c>.
/// </summary>
[Activity("Elsa", "WorkflowDefinitionActivity", Category = "Arbetsflöden", DisplayName = "Arbetsflöde", IsBrowsable = false,
    Description = "Kör ett annat arbetsflöde som en aktivitet och väntar tills det är klart.")]
public sealed partial class WorkflowDefinitionActivity : Activity
{
    /// <summary>The name of the bookmark that waits for the child, <c>Elsa.WorkflowDefinitionActivity</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<WorkflowDefinitionActivity>();

    /// <summary>The type name the node carries: the workflow's name in PascalCase.</summary>
    public string TypeName { get; set; } = "";

    /// <inheritdoc />
    public override string Type => TypeName.Length > 0 ? TypeName : base.Type;

    /// <summary>The definition id of the workflow to run.</summary>
    public string WorkflowDefinitionId { get; set; } = "";

    /// <summary>The version (by version id) the node was placed with; it runs that version while it exists.</summary>
    public string? WorkflowDefinitionVersionId { get; set; }

    /// <summary>The newest published version when the node was placed, for the designer to offer an upgrade.</summary>
    public int? LatestAvailablePublishedVersion { get; set; }

    /// <summary>The id of that version.</summary>
    public string? LatestAvailablePublishedVersionId { get; set; }

    /// <summary>The workflow's inputs as the node gives them, by JSON key (the camelCased input name).</summary>
    public Dictionary<string, Input> Inputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The workflow's outputs as the node binds them, by JSON key.</summary>
    public Dictionary<string, Output> Outputs { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var store = (IWorkflowDefinitionStore?)context.Services.GetService(typeof(IWorkflowDefinitionStore))
            ?? throw new InvalidOperationException("No workflow definition store is registered.");
        var definition = await ResolveAsync(store)
            ?? throw new ActivityFaultException($"Arbetsflödet '{WorkflowDefinitionId}' som aktiviteten '{Name ?? Id}' ska köra finns inte.");
        var input = new JsonObject();
        foreach (var argument in definition.Inputs)
        {
            if (!Inputs.TryGetValue(WorkflowActivityNames.JsonKey(argument.Name), out var given)) continue;
            var value = context.Evaluate(given.Expression, WorkflowActivityNames.ValueType(argument));
            context.RecordInput(argument.Name, value);
            input[argument.Name] = ValueConverter.ToNode(value);
        }
        ChildWorkflows.Start(context, BookmarkName, definition.DefinitionId, definition.Version, input, context.WorkflowContext.Instance.CorrelationId, wait: true);
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var result = ChildWorkflows.Finished(context, bookmark);
        foreach (var (name, value) in result["output"] as JsonObject ?? [])
        {
            var outputName = WorkflowActivityNames.SafeName(name);
            context.SetOutput(outputName, value, Outputs.GetValueOrDefault(WorkflowActivityNames.JsonKey(name))?.Variable);
        }
        context.Complete(ChildWorkflows.OutcomesOf(result));
        return default;
    }

    /// <inheritdoc />
    protected internal override void OnCancelled(ActivityExecutionContext context) => ChildWorkflows.CancelWaiting(context, BookmarkName);

    /// <summary>The version the node runs: the one it names (by version id, else by number), then the published one, then the latest (Elsa's order).</summary>
    public async Task<WorkflowDefinition?> ResolveAsync(IWorkflowDefinitionStore store)
    {
        var pinned = string.IsNullOrWhiteSpace(WorkflowDefinitionVersionId)
            ? await store.FindAsync(WorkflowDefinitionId, VersionOptions.SpecificVersion(Version))
            : await store.FindByIdAsync(WorkflowDefinitionVersionId) is { } byId && byId.DefinitionId == WorkflowDefinitionId ? byId : null;
        return pinned
            ?? await store.FindAsync(WorkflowDefinitionId, VersionOptions.Published)
            ?? await store.FindAsync(WorkflowDefinitionId, VersionOptions.Latest);
    }
}
