using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Model;

/// <summary>
/// The base of every activity. An activity instance is part of a definition and shared by every
/// run of it, so it holds no run state: that lives in its <see cref="ActivityExecutionContext"/>.
/// </summary>
public abstract class Activity
{
    /// <summary>Creates an activity with the version its <see cref="ActivityAttribute"/> declares.</summary>
    protected Activity() => Version = ActivityTypeInfo.Of(GetType()).Version;

    /// <summary>The id, unique within the containing composite.</summary>
    public string Id { get; set; } = "";

    /// <summary>The id unique within the workflow: the parent's node id, a colon and <see cref="Id"/>.</summary>
    public string NodeId { get; set; } = "";

    /// <summary>A readable name; the designer uses it as the node's label.</summary>
    public string? Name { get; set; }

    /// <summary>The Elsa type name, e.g. <c>Elsa.FlowDecision</c>.</summary>
    public virtual string Type => ActivityTypeInfo.Of(GetType()).TypeName;

    /// <summary>The activity version this node was designed with.</summary>
    public int Version { get; set; }

    /// <summary>Designer metadata (position, size, display text), kept verbatim.</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>Custom properties (for example <c>canStartWorkflow</c>), kept verbatim.</summary>
    public JsonObject CustomProperties { get; set; } = [];

    /// <summary>JSON properties of this node that no input claims, kept verbatim.</summary>
    public JsonObject UnknownProperties { get; set; } = [];

    /// <summary>Runs the activity. It completes at the end unless it created a bookmark or scheduled children.</summary>
    protected internal abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Continues after one of the activity's bookmarks was resumed; completes by default.</summary>
    protected internal virtual ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark) => default;

    /// <summary>Reacts to a completed child; the activity completes when it has no more work.</summary>
    protected internal virtual ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child) => default;

    /// <summary>Releases what the activity started elsewhere when it is cancelled before completing.</summary>
    protected internal virtual void OnCancelled(ActivityExecutionContext context) { }

    /// <summary>Problems the activity sees in how it is configured (e.g. a literal it cannot use), found before it runs.</summary>
    protected internal virtual IEnumerable<string> Check() => [];

    /// <summary>Reads what is not a plain input (child activities, connections) from the node's JSON.</summary>
    protected internal virtual void ReadJson(Serialization.ActivityJsonReader reader) { }

    /// <summary>Writes what <see cref="ReadJson"/> reads.</summary>
    protected internal virtual void WriteJson(Serialization.ActivityJsonWriter writer) { }

    /// <summary>The activities this one contains; by default the activities in its embedded ports (<see cref="PortAttribute"/>).</summary>
    public virtual IEnumerable<Activity> Children =>
        Serialization.ActivityProperties.Of(GetType()).Ports.Select(p => p.GetValue(this)).OfType<Activity>();

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{Name ?? Id}'";
}
