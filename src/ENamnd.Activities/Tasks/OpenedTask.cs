using ENamnd.Activities.People;

namespace ENamnd.Activities.Tasks;

/// <summary>A participant task as opened by an activity: what is asked of whom, the choices, and the bookmark it resumes.</summary>
public sealed record OpenedTask
{
    public required string TaskId { get; init; }
    public required string BookmarkId { get; init; }
    public required string InstanceId { get; init; }
    public string? CaseNumber { get; init; }
    public int DefinitionVersion { get; init; }

    /// <summary>What kind of decision: approval, municipal-decision, guarantee-commitment, committee-decision.</summary>
    public required string Kind { get; init; }

    /// <summary>A short Swedish title.</summary>
    public required string Title { get; init; }

    /// <summary>What is asked, in Swedish (plain text).</summary>
    public required string Question { get; init; }

    public required TaskRecipient Recipient { get; init; }
    public IReadOnlyList<TaskChoice> Choices { get; init; } = [];
    public IReadOnlyList<TaskDocument> Documents { get; init; } = [];

    /// <summary>Further text fields the answer carries.</summary>
    public IReadOnlyList<TaskField> Fields { get; init; } = [];

    /// <summary>Whether the answer may carry a decision reference (body, date, §).</summary>
    public bool AsksForReference { get; init; }

    /// <summary>The deadline shown to the participant.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>When the link stops working.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset OpenedAt { get; init; }
}
