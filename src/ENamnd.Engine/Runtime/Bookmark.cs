using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>A point where an instance waits; resuming it by id is the only way to continue.</summary>
public sealed record Bookmark
{
    /// <summary>The stable id used to resume.</summary>
    public required string Id { get; init; }

    /// <summary>The waiting instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The instance's correlation id (the case number).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>What is awaited, e.g. <c>Elsa.Delay</c> or <c>ENamnd.Task</c>.</summary>
    public required BookmarkName Name { get; init; }

    /// <summary>The activity execution that waits.</summary>
    public required string ActivityContextId { get; init; }

    /// <summary>The node id of the waiting activity.</summary>
    public required string ActivityNodeId { get; init; }

    /// <summary>The id of the waiting activity.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Data the waiting activity needs on resume.</summary>
    public JsonNode? Payload { get; init; }

    /// <summary>For timers: when the bookmark is due to be resumed.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>When the bookmark was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether the bookmark waits for <paramref name="name"/>.</summary>
    public bool Is(BookmarkName name) => Name == name;
}
