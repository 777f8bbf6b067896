using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Stores;

/// <summary>
/// Keeps instances and their journal entries (as serialized JSON, like a database would), bookmarks and pending
/// signals in memory, and commits each step under one lock so readers never see half a step.
/// </summary>
public sealed class InMemoryWorkflowStateStore : IWorkflowInstanceStore, IBookmarkStore, IWorkflowStepCommitter, IPendingSignalStore, IWorkflowInstanceDeleter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> instances = [];
    private readonly Dictionary<string, List<string>> journals = [];
    private readonly Dictionary<string, Bookmark> bookmarks = [];
    private readonly List<OutboxMessage> outbox = [];
    private readonly List<StepRecord> records = [];
    private readonly List<PendingSignal> pendingSignals = [];

    /// <summary>Every step record committed so far, in order.</summary>
    public IReadOnlyList<StepRecord> Records
    {
        get
        {
            lock (gate) return [.. records];
        }
    }

    /// <summary>Every outgoing message committed so far, in order.</summary>
    public IReadOnlyList<OutboxMessage> Outbox
    {
        get
        {
            lock (gate) return [.. outbox];
        }
    }

    /// <inheritdoc />
    public Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        var json = WorkflowStateSerializer.Serialize(step.Instance);
        var entries = step.NewJournalEntries.Select(e => JsonSerializer.Serialize(e, ValueConverter.JsonOptions)).ToList();
        lock (gate)
        {
            instances[step.Instance.Id] = json;
            if (entries.Count > 0)
            {
                if (!journals.TryGetValue(step.Instance.Id, out var journal)) journals[step.Instance.Id] = journal = [];
                journal.AddRange(entries);
            }
            foreach (var id in step.RemovedBookmarkIds) bookmarks.Remove(id);
            foreach (var bookmark in step.AddedBookmarks) bookmarks[bookmark.Id] = bookmark;
            outbox.AddRange(step.Outbox);
            records.AddRange(step.Records);
            pendingSignals.AddRange(step.Signals);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        string? json;
        lock (gate) json = instances.GetValueOrDefault(id);
        return Task.FromResult(json is null ? null : WorkflowStateSerializer.Deserialize(json));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default)
    {
        List<string> all;
        lock (gate) all = [.. instances.Values];
        return Task.FromResult<IReadOnlyList<WorkflowInstance>>(all
            .Select(WorkflowStateSerializer.Deserialize)
            .Where(filter.Matches)
            .OrderByDescending(i => i.CreatedAt)
            .ToList());
    }

    /// <inheritdoc />
    public async Task<bool> AnyAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default) =>
        (await ListAsync(filter, cancellationToken)).Count > 0;

    /// <inheritdoc />
    public async Task<WorkflowInstancePage> PageAsync(WorkflowInstanceFilter filter, int skip, int take, WorkflowInstanceOrder? order = null, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(filter, cancellationToken);
        order ??= WorkflowInstanceOrder.NewestFirst;
        // Instances without the key (no name, not finished) come last either way, as the database stores order them.
        var ordered = order.By switch
        {
            WorkflowInstanceOrderBy.Name => Order(all, i => i.Name, order.Ascending, StringComparer.Ordinal),
            WorkflowInstanceOrderBy.Finished => Order(all, i => i.FinishedAt, order.Ascending, Comparer<DateTimeOffset?>.Default),
            WorkflowInstanceOrderBy.LastExecuted => Order(all, i => i.UpdatedAt, order.Ascending, Comparer<DateTimeOffset>.Default),
            _ => Order(all, i => i.CreatedAt, order.Ascending, Comparer<DateTimeOffset>.Default),
        };
        return new WorkflowInstancePage([.. ordered.ThenBy(i => i.Id, StringComparer.Ordinal).Skip(skip).Take(take)], all.Count);
    }

    private static IOrderedEnumerable<WorkflowInstance> Order<T>(IEnumerable<WorkflowInstance> instances, Func<WorkflowInstance, T> key, bool ascending, IComparer<T> comparer)
    {
        var withKeyFirst = instances.OrderBy(i => key(i) is null);
        return ascending ? withKeyFirst.ThenBy(key, comparer) : withKeyFirst.ThenByDescending(key, comparer);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await JournalsAsync([instanceId], cancellationToken)).GetValueOrDefault(instanceId) ?? [];

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyList<JournalEntry>>> JournalsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        var stored = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var id in instanceIds.Distinct())
            {
                if (journals.TryGetValue(id, out var journal)) stored[id] = [.. journal];
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<JournalEntry>>>(stored.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<JournalEntry>)[.. p.Value.Select(ReadEntry).OrderBy(e => e.Sequence)],
            StringComparer.Ordinal));
    }

    private static JournalEntry ReadEntry(string json) =>
        JsonSerializer.Deserialize<JournalEntry>(json, ValueConverter.JsonOptions) ?? throw new JsonException("Empty journal entry.");

    /// <inheritdoc />
    Task<Bookmark?> IBookmarkStore.FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(bookmarks.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values.Where(b => b.InstanceId == instanceId).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> ListByNameAsync(BookmarkName name, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values
                .Where(b => b.Is(name))
                .OrderBy(b => b.CreatedAt)
                .ThenBy(b => b.Id, StringComparer.Ordinal)
                .ToList());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values
                .Where(b => b.DueAt <= now)
                .OrderBy(b => b.DueAt)
                .Take(max)
                .ToList());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignal>> ListPendingAsync(DateTimeOffset committedBy, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PendingSignal>>(pendingSignals
                .Where(s => s.CreatedAt <= committedBy)
                .OrderBy(s => s.CreatedAt)
                .Take(max)
                .ToList());
        }
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(string signalId, CancellationToken cancellationToken = default)
    {
        lock (gate) pendingSignals.RemoveAll(s => s.Id == signalId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>Memory holds no business records beside instances, so nothing keeps one.</remarks>
    public Task<IReadOnlyList<string>> KeptByAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <inheritdoc />
    public Task<InstanceDeletion> DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var json)) return Task.FromResult(InstanceDeletion.NotFound);
            if (WorkflowStateSerializer.Deserialize(json).Status == WorkflowStatus.Running) return Task.FromResult(InstanceDeletion.Running);
            instances.Remove(instanceId);
            journals.Remove(instanceId);
            foreach (var id in bookmarks.Values.Where(b => b.InstanceId == instanceId).Select(b => b.Id).ToList()) bookmarks.Remove(id);
            pendingSignals.RemoveAll(s => s.InstanceId == instanceId);
            outbox.RemoveAll(m => m.InstanceId == instanceId);
        }
        return Task.FromResult(InstanceDeletion.Deleted);
    }
}
