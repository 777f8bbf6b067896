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
    TimeProvider clock,
    ILogger<EfWorkflowStateStore> logger) : IWorkflowInstanceStore, IBookmarkStore, IWorkflowStepCommitter, IPendingSignalStore
{
    private readonly Dictionary<string, IStepRecordWriter> writers = recordWriters.ToDictionary(w => w.Kind, StringComparer.Ordinal);
    private readonly IStepTransactionObserver[] stepObservers = [.. observers];
    private readonly InstanceCounts counts = new(clock);

    /// <inheritdoc />
    public async Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Persistence point: everything the step changed is written in this one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ObserveAsync(db, step, cancellationToken);
            var rows = StepRows.Of(step);
            await SaveInstanceAsync(db, rows.Instance, cancellationToken);
            if (rows.RemovedBookmarkIds.Count > 0)
            {
                var removed = rows.RemovedBookmarkIds.ToList();
                await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            db.Bookmarks.AddRange(rows.Bookmarks);
            db.Journal.AddRange(rows.Journal);
            db.Outbox.AddRange(rows.Outbox);
            db.PendingSignals.AddRange(rows.Signals);
            if (rows.Audit is { } audit) db.Audit.Add(audit);
            await WriteRecordsAsync(db, step, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await NotifyCommittedAsync(step, cancellationToken);
    }

    /// <summary>Whether writing <paramref name="step"/> needs a context for observers or record writers.</summary>
    internal bool NeedsContext(WorkflowStep step) => step.Records.Count > 0 || stepObservers.Any(o => o.Observes(step));

    /// <summary>Lets the observers see the step; before the instance's new state is written, so they can compare.</summary>
    internal async Task ObserveAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken)
    {
        foreach (var observer in stepObservers)
        {
            if (observer.Observes(step)) await observer.OnStepAsync(db, step, cancellationToken);
        }
    }

    /// <summary>Adds the step's records to <paramref name="db"/> through their writers.</summary>
    internal async Task WriteRecordsAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken)
    {
        foreach (var record in step.Records)
        {
            if (!writers.TryGetValue(record.Kind, out var writer))
                throw new InvalidOperationException($"No writer for step records of kind '{record.Kind}'.");
            await writer.WriteAsync(db, record.Payload, cancellationToken);
        }
    }

    /// <summary>Tells the listeners of a committed step; their failures are logged, for the sweeps to recover.</summary>
    internal async Task NotifyCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        counts.Committed(step);
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
    private static async Task SaveInstanceAsync(ENamndDbContext db, InstanceRow row, CancellationToken cancellationToken)
    {
        var updated = await db.Instances.Where(r => r.Id == row.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.DefinitionId, row.DefinitionId)
            .SetProperty(r => r.DefinitionVersionId, row.DefinitionVersionId)
            .SetProperty(r => r.Version, row.Version)
            .SetProperty(r => r.CorrelationId, row.CorrelationId)
            .SetProperty(r => r.Status, row.Status)
            .SetProperty(r => r.SubStatus, row.SubStatus)
            .SetProperty(r => r.Name, row.Name)
            .SetProperty(r => r.IncidentCount, row.IncidentCount)
            .SetProperty(r => r.StateJson, row.StateJson)
            .SetProperty(r => r.UpdatedAt, row.UpdatedAt)
            .SetProperty(r => r.FinishedAt, row.FinishedAt), cancellationToken);
        if (updated == 0) db.Instances.Add(row);
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
        var states = await Matching(db, filter).OrderByDescending(r => r.CreatedAt).Select(r => r.StateJson).ToListAsync(cancellationToken);
        return states.Select(WorkflowStateSerializer.Deserialize).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> AnyAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matching(db, filter).AnyAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorkflowInstancePage> PageAsync(WorkflowInstanceFilter filter, int skip, int take, WorkflowInstanceOrder? order = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Matching(db, filter);
        var total = await counts.GetAsync(filter, query.CountAsync, cancellationToken);
        var states = await Ordered(query, order ?? WorkflowInstanceOrder.NewestFirst).Skip(skip).Take(take).Select(r => r.StateJson).ToListAsync(cancellationToken);
        return new WorkflowInstancePage(states.Select(WorkflowStateSerializer.Deserialize).ToList(), total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await JournalsAsync([instanceId], cancellationToken)).GetValueOrDefault(instanceId) ?? [];

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<JournalEntry>>> JournalsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        if (instanceIds.Count == 0) return new Dictionary<string, IReadOnlyList<JournalEntry>>();
        var ids = instanceIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One query for all of them, on the (instance_id, sequence) index.
        var rows = await db.Journal.AsNoTracking().Where(r => ids.Contains(r.InstanceId))
            .OrderBy(r => r.InstanceId).ThenBy(r => r.Sequence).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.InstanceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<JournalEntry>)[.. g.Select(JournalRows.ToEntry)], StringComparer.Ordinal);
    }

    private static IQueryable<InstanceRow> Matching(ENamndDbContext db, WorkflowInstanceFilter filter)
    {
        var query = db.Instances.AsNoTracking();
        if (filter.DefinitionId is { } definitionId) query = query.Where(r => r.DefinitionId == definitionId);
        if (filter.DefinitionVersionId is { } versionId) query = query.Where(r => r.DefinitionVersionId == versionId);
        if (filter.CorrelationId is { } correlationId) query = query.Where(r => r.CorrelationId == correlationId);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status.ToString());
        if (filter.DefinitionIds is { Count: > 0 } definitionIds) query = query.Where(r => definitionIds.Contains(r.DefinitionId));
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Select(s => s.ToString()).ToList();
            query = query.Where(r => names.Contains(r.Status));
        }
        if (filter.SubStatuses is { Count: > 0 } subStatuses)
        {
            var names = subStatuses.Select(s => s.ToString()).ToList();
            query = query.Where(r => names.Contains(r.SubStatus));
        }
        if (filter.Version is { } version) query = query.Where(r => r.Version == version);
        if (filter.HasIncidents is { } hasIncidents) query = query.Where(r => r.IncidentCount > 0 == hasIncidents);
        if (filter.SearchTerm is { Length: > 0 } term)
        {
            // Case-insensitive as the in-memory store; SQLite's lower() folds only ASCII letters.
            var lowered = term.ToLowerInvariant();
            query = query.Where(r => r.Id.ToLower().Contains(lowered) || (r.Name != null && r.Name.ToLower().Contains(lowered))
                || (r.CorrelationId != null && r.CorrelationId.ToLower().Contains(lowered)) || r.DefinitionId.ToLower().Contains(lowered));
        }
        return query;
    }

    // Ties by id, so that pages neither repeat nor skip an instance; rows without the key (no name, not finished) last.
    private static IOrderedQueryable<InstanceRow> Ordered(IQueryable<InstanceRow> query, WorkflowInstanceOrder order) => order.By switch
    {
        WorkflowInstanceOrderBy.Name => By(query.OrderBy(r => r.Name == null), r => r.Name, order.Ascending).ThenBy(r => r.Id),
        WorkflowInstanceOrderBy.Finished => By(query.OrderBy(r => r.FinishedAt == null), r => r.FinishedAt, order.Ascending).ThenBy(r => r.Id),
        WorkflowInstanceOrderBy.LastExecuted => (order.Ascending ? query.OrderBy(r => r.UpdatedAt) : query.OrderByDescending(r => r.UpdatedAt)).ThenBy(r => r.Id),
        _ => (order.Ascending ? query.OrderBy(r => r.CreatedAt) : query.OrderByDescending(r => r.CreatedAt)).ThenBy(r => r.Id),
    };

    private static IOrderedQueryable<InstanceRow> By<T>(IOrderedQueryable<InstanceRow> query, System.Linq.Expressions.Expression<Func<InstanceRow, T>> key, bool ascending) =>
        ascending ? query.ThenBy(key) : query.ThenByDescending(key);


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

    private static Bookmark FromJson(string json) =>
        JsonSerializer.Deserialize<Bookmark>(json, ValueConverter.JsonOptions) ?? throw new JsonException("Empty bookmark.");
}
