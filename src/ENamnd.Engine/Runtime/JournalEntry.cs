using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>One line of an instance's journal: an activity, what happened, when, and the outcome or error.</summary>
public sealed record JournalEntry
{
    /// <summary>The position in the journal, from 1.</summary>
    public long Sequence { get; init; }

    /// <summary>The activity id.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The activity node id.</summary>
    public required string NodeId { get; init; }

    /// <summary>The activity type name.</summary>
    public required string ActivityType { get; init; }

    /// <summary>The activity's name, if it has one.</summary>
    public string? ActivityName { get; init; }

    /// <summary>The activity execution the entry belongs to.</summary>
    public string? ActivityContextId { get; init; }

    /// <summary>What happened.</summary>
    public JournalEventType EventType { get; init; }

    /// <summary>The outcome ports an activity completed through.</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>A message: the error of a fault, the text of a log line.</summary>
    public string? Message { get; init; }

    /// <summary>Extra data, e.g. the bookmark a suspension created.</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>
    /// The activity's evaluated inputs by name (Elsa's activity state), as its log persistence mode keeps them; set on
    /// the entry that ends or suspends an activity execution.
    /// </summary>
    public JsonObject? ActivityState { get; init; }

    /// <summary>The activity's outputs by name, as its log persistence mode keeps them; set like <see cref="ActivityState"/>.</summary>
    public JsonObject? Outputs { get; init; }
}
