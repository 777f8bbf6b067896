using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// The state of one execution step of an instance: the live activity executions, the work queue
/// and what the step changed. Activities reach it through their <see cref="ActivityExecutionContext"/>.
/// </summary>
public sealed partial class WorkflowExecutionContext
{
    private readonly Queue<WorkItem> queue = new();
    private readonly Dictionary<string, ActivityExecutionContext> live = new(StringComparer.Ordinal);
    private readonly List<Bookmark> addedBookmarks = [];
    private readonly List<string> removedBookmarkIds = [];
    private readonly List<PendingSignal> signals = [];
    private readonly List<OutboxMessage> outbox = [];
    private readonly List<StepRecord> records = [];
    private readonly int journalStart;
    private readonly WorkflowSubStatus subStatusBefore;
    private readonly Dictionary<string, JsonNode?> variablesBefore = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? completionOutcomes;

    internal WorkflowExecutionContext(Workflow workflow, WorkflowInstance instance, WorkflowServices services)
    {
        Workflow = workflow;
        Instance = instance;
        Services = services;
        journalStart = instance.Journal.Count;
        subStatusBefore = instance.SubStatus;
        foreach (var state in instance.ActivityContexts)
            live[state.Id] = new ActivityExecutionContext(this, state, workflow.GetNode(state.NodeId));
    }

    /// <summary>The workflow being run.</summary>
    public Workflow Workflow { get; }

    /// <summary>The instance state the step changes.</summary>
    public WorkflowInstance Instance { get; }

    internal WorkflowServices Services { get; }

    /// <summary>The engine's clock.</summary>
    public TimeProvider Clock => Services.Clock;

    /// <summary>Now, from the engine's clock.</summary>
    public DateTimeOffset Now => Services.Clock.GetUtcNow();

    /// <summary>A logger for activity messages.</summary>
    public ILogger Logger => Services.Logger;

    internal ExpressionEvaluator Expressions => Services.Expressions;

    /// <summary>The id of the trigger activity this step's start answers, until that activity has taken it; null otherwise.</summary>
    public string? TriggerActivityId { get; internal set; }

    internal bool IsRunning => Instance.Status == WorkflowStatus.Running;

    internal IEnumerable<ActivityExecutionContext> LiveContexts => live.Values;

    /// <summary>Creates an execution of <paramref name="activity"/> and queues it to run.</summary>
    internal ActivityExecutionContext Schedule(Activity activity, ActivityExecutionContext? parent)
    {
        var state = new ActivityContextState
        {
            Id = IdGenerator.NewShortId(),
            NodeId = activity.NodeId,
            ParentId = parent?.Id,
            Status = ActivityStatus.Pending,
            ScheduledAt = Now,
        };
        var context = new ActivityExecutionContext(this, state, activity);
        live[state.Id] = context;
        Instance.ActivityContexts.Add(state);
        queue.Enqueue(new WorkItem(WorkItemKind.Execute, state.Id));
        return context;
    }

    internal void Enqueue(WorkItem item) => queue.Enqueue(item);

    internal bool TryDequeue(out WorkItem item) => queue.TryDequeue(out item!);

    internal ActivityExecutionContext? FindContext(string id) => live.GetValueOrDefault(id);

    internal IEnumerable<ActivityExecutionContext> ChildrenOf(ActivityExecutionContext parent) =>
        live.Values.Where(c => c.State.ParentId == parent.Id);

    internal IEnumerable<ChildCompletion> PendingCompletionsOf(ActivityExecutionContext parent) =>
        queue.Where(i => i.Kind == WorkItemKind.ChildCompleted && i.ContextId == parent.Id).Select(i => i.Child!);

    internal void Signal(WorkflowSignal signal) => signals.Add(new PendingSignal(IdGenerator.NewId(), Instance.Id, signal, Now));

    internal void AddRecord(StepRecord record) => records.Add(record);

    internal OutboxMessage AddOutboxMessage(string kind, JsonObject payload)
    {
        var message = new OutboxMessage(IdGenerator.NewId(), kind, payload, Instance.Id, Now);
        outbox.Add(message);
        return message;
    }

    /// <summary>
    /// The value the last activity wrote to an output named <c>Result</c> in this step (Elsa's "last result", which Elsa
    /// also keeps only while the workflow runs, not across a wait).
    /// </summary>
    public JsonNode? LastResult { get; internal set; }

    /// <summary>The value an activity (by id or name) wrote to one of its outputs (<c>Result</c> when none is named).</summary>
    public JsonNode? GetActivityOutput(string activityIdOrName, string output = DefaultOutput)
    {
        var id = Workflow.Nodes.Values.FirstOrDefault(a => a.Id == activityIdOrName || a.Name == activityIdOrName)?.Id ?? activityIdOrName;
        return Instance.ActivityOutputs[id]?[output];
    }

    /// <summary>The output name Elsa treats as an activity's result.</summary>
    public const string DefaultOutput = "Result";

    internal WorkflowStep ToStep(AuditEntry audit) => new(
        Instance,
        addedBookmarks.ToList(),
        removedBookmarkIds.ToList(),
        Instance.Journal.Skip(journalStart).ToList(),
        signals.ToList())
    {
        Outbox = outbox.ToList(),
        Records = records.ToList(),
        Audit = audit,
        SubStatusBefore = subStatusBefore,
        VariablesBefore = variablesBefore.Count == 0 ? EmptyVariables : new Dictionary<string, JsonNode?>(variablesBefore, StringComparer.Ordinal),
    };

    private static readonly IReadOnlyDictionary<string, JsonNode?> EmptyVariables = new Dictionary<string, JsonNode?>();

    internal AuditEntry Audit(string action, Bookmark? bookmark = null, JsonObject? details = null) =>
        new(Instance.Id, action, Now)
        {
            BookmarkId = bookmark?.Id,
            BookmarkName = bookmark?.Name.Value,
            CorrelationId = Instance.CorrelationId,
            DefinitionVersion = Instance.Version,
            Details = details,
        };
}
