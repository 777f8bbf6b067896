using System.Collections.Concurrent;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Persistence;

/// <summary>
/// How many instances the instance list's filters match, counted once and kept: counting a long history (100,000 finished
/// instances) costs more than reading the page itself. Only filters on what a step cannot change are kept (definition
/// and version), and all of them are forgotten when this host commits a step that may add an instance or move one to
/// another version, or deletes one. Another host's changes show within <see cref="MaxAge"/>.
/// </summary>
internal sealed class InstanceCounts(TimeProvider clock)
{
    /// <summary>How long a count is trusted without a change seen on this host.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> counts = new(StringComparer.Ordinal);
    private long generation;

    /// <summary>The count of <paramref name="filter"/>: kept, or from <paramref name="count"/> (and kept when the filter allows).</summary>
    public async Task<int> GetAsync(WorkflowInstanceFilter filter, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        if (!IsStable(filter)) return await count(cancellationToken);
        var key = filter.Key();
        var now = clock.GetTimestamp();
        var current = Interlocked.Read(ref generation);
        if (counts.TryGetValue(key, out var kept) && kept.Generation == current && clock.GetElapsedTime(kept.CountedAt, now) < MaxAge)
            return kept.Count;
        var counted = await count(cancellationToken);
        // A change committed while counting leaves the count unkept: the generation it was counted in is past.
        counts[key] = new Entry(counted, current, now);
        return counted;
    }

    /// <summary>Forgets every count if <paramref name="step"/> may have added an instance or moved one to another version.</summary>
    public void Committed(WorkflowStep step)
    {
        if (!step.KeepsInstanceIdentity) Forget();
    }

    /// <summary>Forgets every count (an instance was deleted).</summary>
    public void Forget() => Interlocked.Increment(ref generation);

    // Definition and version are all a step cannot change (besides its own instance's creation); status, name, correlation
    // and incidents change with every step, so their counts are always counted.
    private static bool IsStable(WorkflowInstanceFilter f) =>
        f.CorrelationId is null && f.Status is null && f.Statuses is not { Count: > 0 } && f.SubStatuses is not { Count: > 0 }
        && f.HasIncidents is null && string.IsNullOrEmpty(f.SearchTerm);

    private sealed record Entry(int Count, long Generation, long CountedAt);
}
