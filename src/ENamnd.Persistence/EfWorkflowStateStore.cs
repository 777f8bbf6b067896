using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

/// <summary>
/// Instances, bookmarks, journal, outbox, audit and pending signals in the database. A step is committed
/// in one transaction; listeners hear of it only after the commit.
/// </summary>
public sealed partial class EfWorkflowStateStore(
    IDbContextFactory<ENamndDbContext> contexts,
    IEnumerable<IStepCommitListener> listeners,
    IEnumerable<IStepRecordWriter> recordWriters,
    IEnumerable<IStepTransactionObserver> observers,
    ILogger<EfWorkflowStateStore> logger) : IWorkflowInstanceStore, IBookmarkStore, IWorkflowStepCommitter, IPendingSignalStore
{
    private readonly Dictionary<string, IStepRecordWriter> writers = recordWriters.ToDictionary(w => w.Kind, StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Persistence point: everything the step changed is written in this one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var instance = step.Instance;
            // Before the save, so an observer can compare the stored state with the step's.
            foreach (var observer in observers) await observer.OnStepAsync(db, step, cancellationToken);
            await SaveInstanceAsync(db, instance, cancellationToken);
            if (step.RemovedBookmarkIds.Count > 0)
            {
                var removed = step.RemovedBookmarkIds.ToList();
                await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            db.Bookmarks.AddRange(step.AddedBookmarks.Select(ToRow));
            db.Journal.AddRange(step.NewJournalEntries.Select(e => ToRow(instance.Id, e)));
            db.Outbox.AddRange(step.Outbox.Select(m => new OutboxRow
            {
                Id = m.Id,
                Kind = m.Kind,
                Payload = m.Payload.ToJsonString(),
                InstanceId = m.InstanceId,
                CreatedAt = m.CreatedAt,
                NextAttemptAt = m.CreatedAt,
            }));
            db.PendingSignals.AddRange(step.Signals.Select(ToRow));
            if (step.Audit is { } audit) db.Audit.Add(ToRow(audit));
            foreach (var record in step.Records)
            {
                if (!writers.TryGetValue(record.Kind, out var writer))
                    throw new InvalidOperationException($"No writer for step records of kind '{record.Kind}'.");
                await writer.WriteAsync(db, record.Payload, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnCommittedAsync(step, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "After-commit work for instance {InstanceId} failed; the sweeps will recover it", step.Instance.Id);
            }
        }
    }

    // An update in place, without reading the stored state first; a new instance is inserted instead.
    private static async Task SaveInstanceAsync(ENamndDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var state = WorkflowStateSerializer.Serialize(instance);
        var status = instance.Status.ToString();
        var subStatus = instance.SubStatus.ToString();
        var updated = await db.Instances.Where(r => r.Id == instance.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.DefinitionId, instance.DefinitionId)
            .SetProperty(r => r.DefinitionVersionId, instance.DefinitionVersionId)
            .SetProperty(r => r.Version, instance.Version)
            .SetProperty(r => r.CorrelationId, instance.CorrelationId)
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.SubStatus, subStatus)
            .SetProperty(r => r.StateJson, state)
            .SetProperty(r => r.UpdatedAt, instance.UpdatedAt)
            .SetProperty(r => r.FinishedAt, instance.FinishedAt), cancellationToken);
        if (updated > 0) return;
        db.Instances.Add(new InstanceRow
        {
            Id = instance.Id,
            CreatedAt = instance.CreatedAt,
            DefinitionId = instance.DefinitionId,
            DefinitionVersionId = instance.DefinitionVersionId,
            Version = instance.Version,
            CorrelationId = instance.CorrelationId,
            Status = status,
            SubStatus = subStatus,
            StateJson = state,
            UpdatedAt = instance.UpdatedAt,
            FinishedAt = instance.FinishedAt,
        });
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.Instances.Where(r => r.Id == id).Select(r => r.StateJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : WorkflowStateSerializer.Deserialize(json);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Instances.AsNoTracking();
        if (filter.DefinitionId is { } definitionId) query = query.Where(r => r.DefinitionId == definitionId);
        if (filter.CorrelationId is { } correlationId) query = query.Where(r => r.CorrelationId == correlationId);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status.ToString());
        var states = await query.OrderByDescending(r => r.CreatedAt).Select(r => r.StateJson).ToListAsync(cancellationToken);
        return states.Select(WorkflowStateSerializer.Deserialize).ToList();
    }

    /// <inheritdoc />
    async Task<Bookmark?> IBookmarkStore.FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.Bookmarks.Where(r => r.Id == id).Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : FromJson(json);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookmarks.Where(r => r.InstanceId == instanceId).Select(r => r.Json).ToListAsync(cancellationToken);
        return rows.Select(FromJson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Bookmark>> ListByNameAsync(BookmarkName name, CancellationToken cancellationToken = default)
    {
        var value = name.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookmarks.Where(r => r.Name == value).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Json).ToListAsync(cancellationToken);
        return rows.Select(FromJson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookmarks.Where(r => r.DueAt != null && r.DueAt <= now).OrderBy(r => r.DueAt).Take(max).Select(r => r.Json).ToListAsync(cancellationToken);
        return rows.Select(FromJson).ToList();
    }

    private static BookmarkRow ToRow(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = bookmark.InstanceId,
        Name = bookmark.Name.Value,
        CorrelationId = bookmark.CorrelationId,
        DueAt = bookmark.DueAt?.ToUniversalTime(),
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
        Json = JsonSerializer.Serialize(bookmark, ValueConverter.JsonOptions),
    };

    private static Bookmark FromJson(string json) =>
        JsonSerializer.Deserialize<Bookmark>(json, ValueConverter.JsonOptions) ?? throw new JsonException("Empty bookmark.");

    private static JournalRow ToRow(string instanceId, JournalEntry entry) => new()
    {
        InstanceId = instanceId,
        Sequence = entry.Sequence,
        ActivityId = entry.ActivityId,
        NodeId = entry.NodeId,
        ActivityType = entry.ActivityType,
        EventType = entry.EventType.ToString(),
        Outcomes = entry.Outcomes is null ? null : string.Join(",", entry.Outcomes),
        Message = entry.Message,
        Timestamp = entry.Timestamp.ToUniversalTime(),
    };

    private static AuditRow ToRow(AuditEntry audit) => new()
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
