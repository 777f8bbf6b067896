using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Decisions;

/// <summary>A matter (ärende) on the agenda of a committee meeting, waiting for the secretary to record the decision.</summary>
public sealed record AgendaItem
{
    /// <summary>The item's id.</summary>
    public required string Id { get; init; }

    /// <summary>The case number (ärendenummer) of the instance, if it has one.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The title of the matter as it appears on the agenda.</summary>
    public required string Matter { get; init; }

    /// <summary>The meeting (sammanträde) the matter is for; null means the next meeting.</summary>
    public DateTimeOffset? MeetingDate { get; init; }

    /// <summary>The waiting workflow instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The node id of the waiting activity.</summary>
    public required string ActivityNodeId { get; init; }

    /// <summary>The secretary tasks that record the decision (one per secretary; the first answer counts).</summary>
    public IReadOnlyList<string> TaskIds { get; init; } = [];

    /// <summary>The bookmarks of those tasks, in the same order.</summary>
    public IReadOnlyList<string> BookmarkIds { get; init; } = [];

    /// <summary>Supporting documents for the meeting.</summary>
    public IReadOnlyList<TaskDocument> Documents { get; init; } = [];

    /// <summary>When the matter was put on the agenda.</summary>
    public DateTimeOffset PlacedAt { get; init; }
}
