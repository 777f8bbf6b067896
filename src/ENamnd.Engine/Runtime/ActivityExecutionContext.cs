using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

/// <summary>One execution of an activity: its inputs, outputs, bookmarks, children and durable working state.</summary>
public sealed partial class ActivityExecutionContext
{
    internal ActivityExecutionContext(WorkflowExecutionContext workflow, ActivityContextState state, Activity activity)
    {
        WorkflowContext = workflow;
        State = state;
        Activity = activity;
    }

    /// <summary>The execution id.</summary>
    public string Id => State.Id;

    /// <summary>The executing activity.</summary>
    public Activity Activity { get; }

    /// <summary>The step this execution runs in.</summary>
    public WorkflowExecutionContext WorkflowContext { get; }

    internal ActivityContextState State { get; }

    /// <summary>The execution that scheduled this one.</summary>
    public ActivityExecutionContext? Parent => State.ParentId is { } id ? WorkflowContext.FindContext(id) : null;

    /// <summary>Where the execution stands.</summary>
    public ActivityStatus Status => State.Status;

    /// <summary>Whether the execution has ended (completed, cancelled or faulted).</summary>
    public bool IsClosed => State.Status is ActivityStatus.Completed or ActivityStatus.Cancelled or ActivityStatus.Faulted;

    /// <summary>Now, from the engine's clock.</summary>
    public DateTimeOffset Now => WorkflowContext.Now;

    /// <summary>The container, for activities that need domain services.</summary>
    public IServiceProvider Services => WorkflowContext.Services.Provider;

    /// <summary>A logger for activity messages.</summary>
    public ILogger Logger => WorkflowContext.Logger;

    /// <summary>The input given with the resumed bookmark, during <see cref="Activity.ResumeAsync"/>.</summary>
    public JsonObject? ResumeInput { get; internal set; }

    /// <summary>
    /// Whether this execution is the trigger that started the instance (Elsa's <c>IsTriggerOfWorkflow</c>). True once: the
    /// first call takes the trigger, so the same activity met again later in the step (a loop) waits as usual.
    /// </summary>
    public bool TakeTrigger()
    {
        if (WorkflowContext.TriggerActivityId is not { } id || id != Activity.Id) return false;
        WorkflowContext.TriggerActivityId = null;
        return true;
    }

    /// <summary>Durable working state of this execution.</summary>
    public JsonObject Properties => State.Properties;

    /// <summary>The open bookmarks of this execution.</summary>
    public IEnumerable<Bookmark> Bookmarks => WorkflowContext.BookmarksOf(this);

    /// <summary>The live executions this one scheduled.</summary>
    public IEnumerable<ActivityExecutionContext> Children => WorkflowContext.ChildrenOf(this);

    /// <summary>Children that completed in this step but whose completion this execution has not handled yet.</summary>
    public IEnumerable<ChildCompletion> PendingChildCompletions => WorkflowContext.PendingCompletionsOf(this);

    /// <summary>The value of an input, evaluated now; a missing input gives the default.</summary>
    public T? Get<T>(Input<T>? input)
    {
        if (input is null) return default;
        var value = (T?)Evaluate(input.Expression, typeof(T));
        RecordInput(input, value);
        return value;
    }

    /// <summary>Evaluates an expression to a value of <paramref name="type"/>.</summary>
    public object? Evaluate(Expression expression, Type type) => WorkflowContext.Expressions.Evaluate(expression, type, this);

    /// <summary>Writes an output; a bound variable (or workflow output) receives the value too.</summary>
    public void Set<T>(Output<T> output, T value)
    {
        var name = Activity.GetType().GetProperties().First(p => ReferenceEquals(p.GetValue(Activity), output)).Name;
        SetOutput(name, value, output.Variable);
    }

    /// <summary>
    /// Writes the output <paramref name="name"/>, also for outputs that are no property (a workflow used as an activity);
    /// <paramref name="binding"/>, the output's memory reference, names the variable or workflow output that receives it too.
    /// </summary>
    public void SetOutput(string name, object? value, string? binding = null)
    {
        var node = ValueConverter.ToNode(value);
        var outputs = WorkflowContext.Instance.ActivityOutputs;
        if (outputs[Activity.Id] is not JsonObject mine) outputs[Activity.Id] = mine = [];
        mine[name] = node;
        RecordOutput(name, node);
        // Elsa remembers what an activity wrote to its "Result" output as the last result (getLastResult()).
        if (name == WorkflowExecutionContext.DefaultOutput) WorkflowContext.LastResult = node?.DeepClone();
        if (binding is not null) WorkflowContext.SetBound(binding, node);
    }

    /// <summary>The value of a variable, by name or id; a variable of an enclosing scope (a loop body's) comes first.</summary>
    public JsonNode? GetVariable(string nameOrId) => ScopeOf(nameOrId) is { } scope ? scope[nameOrId] : WorkflowContext.GetVariable(nameOrId);

    /// <summary>The value of a variable converted to <typeparamref name="T"/>.</summary>
    public T? GetVariable<T>(string nameOrId) => ValueConverter.Convert<T>(GetVariable(nameOrId));

    /// <summary>Sets a variable, by name or id: in the enclosing scope that declares it, else in the workflow.</summary>
    public void SetVariable(string nameOrId, object? value)
    {
        if (ScopeOf(nameOrId) is { } scope) scope[nameOrId] = ValueConverter.ToNode(value);
        else WorkflowContext.SetVariable(nameOrId, value);
    }

    /// <summary>A working-state property converted to <typeparamref name="T"/>.</summary>
    public T? GetProperty<T>(string key) => ValueConverter.Convert<T>(Properties[key]);

    /// <summary>Stores a working-state property; it is persisted with the instance.</summary>
    public void SetProperty(string key, object? value) => Properties[key] = ValueConverter.ToNode(value);

    /// <summary>Writes a line to the journal and the log.</summary>
    public void Log(string message)
    {
        WorkflowContext.Journal(this, JournalEventType.Log, message: message);
        Logger.LogInformation("{ActivityNodeId}: {Message}", Activity.NodeId, message);
    }
}
