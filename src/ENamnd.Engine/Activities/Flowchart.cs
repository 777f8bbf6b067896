using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>
/// A graph of activities joined by connections from outcome ports. A completed activity fires the
/// connections of its outcomes; several connections run in parallel; loops are allowed; joins
/// merge branches (see <see cref="FlowJoin"/>), and so does any activity given a merge mode (see <see cref="MergeMode"/>).
/// The flowchart completes when nothing in it is left.
/// </summary>
[Activity("Elsa", "Flowchart", Category = "Flöde", DisplayName = "Flödesschema", Description = "Aktiviteter förbundna med kopplingar.")]
public sealed partial class Flowchart : Activity
{
    /// <summary>The activities of the graph.</summary>
    public List<Activity> Activities { get; set; } = [];

    /// <summary>The connections between them.</summary>
    public List<Connection> Connections { get; set; } = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Activities;

    /// <summary>Adds an activity, giving it an id from its type when it has none.</summary>
    public Flowchart Add(Activity activity)
    {
        if (Activities.Contains(activity)) return this;
        if (string.IsNullOrEmpty(activity.Id))
        {
            var prefix = activity.Type[(activity.Type.LastIndexOf('.') + 1)..];
            var n = 1;
            while (Activities.Any(a => a.Id == $"{prefix}{n}")) n++;
            activity.Id = $"{prefix}{n}";
        }
        Activities.Add(activity);
        return this;
    }

    /// <summary>Connects an outcome port of <paramref name="source"/> (default <c>Done</c>) to <paramref name="target"/>, adding both.</summary>
    public Flowchart Connect(Activity source, Activity target, string port = Ports.Done)
    {
        Add(source).Add(target);
        Connections.Add(new Connection(new Endpoint(source.Id, port), new Endpoint(target.Id, Ports.In)));
        return this;
    }

    /// <summary>The activity the flowchart starts with: an <c>Elsa.Start</c>, one marked <c>canStartWorkflow</c>, or the first without inbound connections.</summary>
    public Activity? StartActivity =>
        Activities.FirstOrDefault(a => a is Start)
        ?? Activities.FirstOrDefault(a => a.CustomProperties["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var yes) && yes)
        ?? Activities.FirstOrDefault(a => Connections.All(c => c.Target.Activity != a.Id))
        ?? Activities.FirstOrDefault();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // A start that answers a trigger of this flowchart begins at that trigger, as in Elsa.
        var trigger = context.WorkflowContext.TriggerActivityId is { } id ? Activities.FirstOrDefault(a => a.Id == id) : null;
        if ((trigger ?? StartActivity) is { } start) context.ScheduleChild(start);
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        if (CompletedByTerminal(context, child)) return default;
        var discarded = TakeDiscarded(context, child.ContextId);
        foreach (var connection in Connections)
        {
            if (discarded || connection.Source.Activity != child.Activity.Id || !child.Outcomes.Contains(connection.SourcePort)) continue;
            if (Activities.FirstOrDefault(a => a.Id == connection.Target.Activity) is { } target) Arrive(context, connection, target);
        }
        RunReadyJoins(context);
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader)
    {
        Activities = reader.ReadActivities("activities");
        Connections = reader.ReadConnections("connections");
        RestoreFoundConnections();
    }

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer)
    {
        writer.WriteActivities("activities", Activities);
        writer.WriteConnections("connections", Connections);
    }
}
