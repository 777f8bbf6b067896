using ENamnd.Activities.People;

namespace ENamnd.Activities.Tasks;

/// <summary>What an activity asks of one participant; <see cref="HumanTasks.OpenTask"/> turns it into a task, a bookmark and an email.</summary>
public sealed record TaskRequest
{
    /// <summary>approval, municipal-decision, guarantee-commitment or committee-decision.</summary>
    public required string Kind { get; init; }

    /// <summary>A short Swedish title, e.g. "Godkännande av projektplan".</summary>
    public required string Title { get; init; }

    /// <summary>What is asked, in Swedish.</summary>
    public required string Question { get; init; }

    public required TaskRecipient Recipient { get; init; }
    public required IReadOnlyList<TaskChoice> Choices { get; init; }
    public IReadOnlyList<TaskDocument> Documents { get; init; } = [];

    /// <summary>Further text fields the answer carries (see <see cref="TaskField"/>).</summary>
    public IReadOnlyList<TaskField> Fields { get; init; } = [];

    public bool AsksForReference { get; init; }
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>How long the link works after the deadline (or after opening, without one).</summary>
    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The case (ärendenummer) the task belongs to; null means the instance's correlation id.</summary>
    public string? CaseNumber { get; init; }
}
