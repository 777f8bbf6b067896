using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime;

/// <summary>The persisted state of one live activity execution.</summary>
public sealed class ActivityContextState
{
    /// <summary>The execution's id; bookmarks point at it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The node id of the executing activity.</summary>
    public string NodeId { get; set; } = "";

    /// <summary>The execution that scheduled this one, if any.</summary>
    public string? ParentId { get; set; }

    /// <summary>Where the execution stands.</summary>
    public ActivityStatus Status { get; set; }

    /// <summary>Durable working state of the activity (tokens, counters, the index of a sequence).</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>
    /// Variables declared for this execution and everything below it (a loop body's <c>CurrentValue</c> and
    /// <c>CurrentIndex</c>), by name; null when it declares none. They shadow workflow variables of the same name.
    /// </summary>
    public JsonObject? Variables { get; set; }

    /// <summary>
    /// The evaluated inputs the execution's log persistence mode keeps, by input name (Elsa's activity state); null until
    /// one is kept. Kept here, with the instance, so an execution resumed in a later step still reports them when it ends.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Inputs { get; set; }

    /// <summary>The outputs the execution wrote that its log persistence mode keeps, by output name; null until one is kept.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Outputs { get; set; }

    /// <summary>When the execution was scheduled.</summary>
    public DateTimeOffset ScheduledAt { get; set; }
}
