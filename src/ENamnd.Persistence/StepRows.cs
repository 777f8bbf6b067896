using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence;

/// <summary>The rows one step writes (besides what observers and record writers add), mapped once for every way of writing them.</summary>
internal sealed record StepRows(
    InstanceRow Instance,
    IReadOnlyList<string> RemovedBookmarkIds,
    IReadOnlyList<BookmarkRow> Bookmarks,
    IReadOnlyList<JournalRow> Journal,
    IReadOnlyList<OutboxRow> Outbox,
    IReadOnlyList<PendingSignalRow> Signals,
    AuditRow? Audit)
{
    /// <summary>The rows of <paramref name="step"/>; times in UTC.</summary>
    public static StepRows Of(WorkflowStep step)
    {
        var instance = step.Instance;
        return new StepRows(
            InstanceRowOf(instance),
            step.RemovedBookmarkIds,
            [.. step.AddedBookmarks.Select(BookmarkRowOf)],
            [.. step.NewJournalEntries.Select(e => JournalRows.Of(instance.Id, e))],
            [.. step.Outbox.Select(OutboxRowOf)],
            [.. step.Signals.Select(SignalRowOf)],
            step.Audit is { } audit ? AuditRowOf(audit) : null);
    }

    private static InstanceRow InstanceRowOf(WorkflowInstance instance) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersionId = instance.DefinitionVersionId,
        Version = instance.Version,
        CorrelationId = instance.CorrelationId,
        Status = instance.Status.ToString(),
        SubStatus = instance.SubStatus.ToString(),
        Name = instance.Name,
        IncidentCount = instance.Incidents.Count,
        StateJson = WorkflowStateSerializer.Serialize(instance),
        CreatedAt = instance.CreatedAt.ToUniversalTime(),
        UpdatedAt = instance.UpdatedAt.ToUniversalTime(),
        FinishedAt = instance.FinishedAt?.ToUniversalTime(),
    };

    private static BookmarkRow BookmarkRowOf(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = bookmark.InstanceId,
        Name = bookmark.Name.Value,
        CorrelationId = bookmark.CorrelationId,
        DueAt = bookmark.DueAt?.ToUniversalTime(),
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
        Json = JsonSerializer.Serialize(bookmark, ValueConverter.JsonOptions),
    };

    private static OutboxRow OutboxRowOf(OutboxMessage message) => new()
    {
        Id = message.Id,
        Kind = message.Kind,
        Payload = message.Payload.ToJsonString(),
        InstanceId = message.InstanceId,
        CreatedAt = message.CreatedAt.ToUniversalTime(),
        NextAttemptAt = message.CreatedAt.ToUniversalTime(),
    };

    private static PendingSignalRow SignalRowOf(PendingSignal signal) => new()
    {
        Id = signal.Id,
        InstanceId = signal.InstanceId,
        Signal = JsonSerializer.Serialize(signal.Signal, ValueConverter.JsonOptions),
        CreatedAt = signal.CreatedAt.ToUniversalTime(),
    };

    private static AuditRow AuditRowOf(AuditEntry audit) => new()
    {
        InstanceId = audit.InstanceId,
        Action = audit.Action,
        BookmarkId = audit.BookmarkId,
        BookmarkName = audit.BookmarkName,
        CorrelationId = audit.CorrelationId,
        DefinitionVersion = audit.DefinitionVersion,
        Details = audit.Details?.ToJsonString(),
        Timestamp = audit.Timestamp.ToUniversalTime(),
    };
}
