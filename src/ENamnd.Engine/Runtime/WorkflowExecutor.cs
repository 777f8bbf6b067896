using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Runs one execution step of an instance (start, resume of one bookmark, or cancel) until its work
/// queue is empty, and returns what changed. It touches no store; the runtime does.
/// </summary>
public sealed partial class WorkflowExecutor(TimeProvider clock, ExpressionEvaluator expressions, ILogger logger, IServiceProvider provider)
{
    /// <summary>The most work items one step may run; more means a loop that never waits.</summary>
    public const int MaxWorkItemsPerStep = 10_000;

    private readonly WorkflowServices services = new(clock, expressions, logger, provider);

    /// <summary>Now, from the engine's clock.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A new instance of a workflow with its variables at their initial values.</summary>
    public WorkflowInstance CreateInstance(Workflow workflow, string? instanceId = null, string? correlationId = null, JsonObject? input = null, ParentReference? parent = null)
    {
        var definition = workflow.Definition;
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = instanceId ?? IdGenerator.NewId(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            Version = definition.Version,
            Name = definition.Name,
            CorrelationId = correlationId,
            Status = WorkflowStatus.Running,
            SubStatus = WorkflowSubStatus.Pending,
            Input = (JsonObject?)input?.DeepClone() ?? [],
            Parent = parent,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var variable in definition.Variables)
            instance.Variables[variable.Name] = InitialValue(variable);
        return instance;
    }

    /// <summary>Runs the first step of a new instance; a trigger activity id names the trigger the start answers.</summary>
    public async Task<WorkflowStep> StartAsync(Workflow workflow, WorkflowInstance instance, string? triggerActivityId = null, CancellationToken cancellationToken = default)
    {
        var context = new WorkflowExecutionContext(workflow, instance, services) { TriggerActivityId = triggerActivityId };
        context.Schedule(workflow.Root, parent: null);
        await RunAsync(context, cancellationToken);
        return context.ToStep(context.Audit("start"));
    }

    /// <summary>Resumes one bookmark; null when the bookmark is no longer open ("already handled").</summary>
    public async Task<WorkflowStep?> ResumeAsync(Workflow workflow, WorkflowInstance instance, string bookmarkId, JsonObject? input, CancellationToken cancellationToken = default)
    {
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (bookmark is null || instance.Status != WorkflowStatus.Running) return null;
        var context = new WorkflowExecutionContext(workflow, instance, services);
        var owner = context.FindContext(bookmark.ActivityContextId)
            ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} points at execution {bookmark.ActivityContextId}, which instance {instance.Id} does not have.");
        context.RemoveBookmark(bookmark);
        owner.ResumeInput = input;
        context.Journal(owner, JournalEventType.Resumed, payload: new JsonObject { ["bookmarkId"] = bookmark.Id });
        context.Enqueue(new WorkItem(WorkItemKind.Resume, owner.Id, Bookmark: bookmark));
        await RunAsync(context, cancellationToken);
        return context.ToStep(context.Audit("resume", bookmark, (JsonObject?)input?.DeepClone()));
    }

    /// <summary>
    /// Sets variables of a running instance from outside it (as Elsa 3's workflow-instance variables update does):
    /// <paramref name="change"/> reads the current variables and returns the values to set, or null for no change.
    /// Null when the instance has ended or nothing changes.
    /// </summary>
    public WorkflowStep? SetVariables(Workflow workflow, WorkflowInstance instance, Func<JsonObject, JsonObject?> change)
    {
        if (instance.Status != WorkflowStatus.Running || change(instance.Variables) is not { Count: > 0 } values) return null;
        var context = new WorkflowExecutionContext(workflow, instance, services);
        foreach (var (name, value) in values) context.SetVariable(name, value?.DeepClone());
        instance.UpdatedAt = clock.GetUtcNow();
        return context.ToStep(context.Audit("variables", details: (JsonObject)values.DeepClone()));
    }

    /// <summary>Cancels a running instance; null when it has already ended.</summary>
    public WorkflowStep? Cancel(Workflow workflow, WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Running) return null;
        var context = new WorkflowExecutionContext(workflow, instance, services);
        context.Finish(WorkflowSubStatus.Cancelled);
        instance.UpdatedAt = clock.GetUtcNow();
        return context.ToStep(context.Audit("cancel"));
    }

    private async Task RunAsync(WorkflowExecutionContext workflow, CancellationToken cancellationToken)
    {
        workflow.Instance.SubStatus = WorkflowSubStatus.Executing;
        var executed = 0;
        while (workflow.TryDequeue(out var item))
        {
            // A step that is cancelled midway throws, so nothing of it is committed.
            cancellationToken.ThrowIfCancellationRequested();
            var context = workflow.FindContext(item.ContextId);
            if (context is null || context.IsClosed) continue;
            try
            {
                if (++executed > MaxWorkItemsPerStep)
                    throw new ActivityFaultException($"Mer än {MaxWorkItemsPerStep} aktiviteter kördes utan att arbetsflödet väntade; troligen en oändlig loop.");
                await RunItemAsync(workflow, context, item);
                // Queued child completions count as work: the parent must still hear of them before it completes.
                if (!context.IsClosed && !context.Bookmarks.Any() && !context.Children.Any() && !context.PendingChildCompletions.Any())
                    context.Complete();
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                workflow.Fault(context, error);
            }
        }
        var instance = workflow.Instance;
        if (instance.Status == WorkflowStatus.Running) instance.SubStatus = WorkflowSubStatus.Suspended;
        instance.UpdatedAt = clock.GetUtcNow();
    }

    private static ValueTask RunItemAsync(WorkflowExecutionContext workflow, ActivityExecutionContext context, WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkItemKind.Execute:
                context.State.Status = ActivityStatus.Running;
                workflow.Journal(context, JournalEventType.Started);
                return context.Activity.ExecuteAsync(context);
            case WorkItemKind.Resume:
                return context.Activity.ResumeAsync(context, item.Bookmark!);
            default:
                return context.Activity.OnChildCompletedAsync(context, item.Child!);
        }
    }

    private static JsonNode? InitialValue(Model.VariableDefinition variable)
    {
        if (variable.Value is null) return variable.IsArray ? new JsonArray() : null;
        var type = Model.TypeAliases.TypeOf(variable.TypeName);
        if (variable.IsArray) type = type.MakeArrayType();
        var text = variable.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is not null && text.Length == 0) return null;
        return ValueConverter.ToNode(ValueConverter.Convert(variable.Value, type));
    }
}
