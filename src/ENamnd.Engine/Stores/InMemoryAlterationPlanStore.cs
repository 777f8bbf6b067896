using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Engine.Stores;

/// <summary>Alteration plans in memory, for tests and the engine on its own.</summary>
public sealed class InMemoryAlterationPlanStore : IAlterationPlanStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AlterationPlan> plans = new(StringComparer.Ordinal);
    private readonly List<AlterationJob> jobs = [];

    /// <inheritdoc />
    public Task AddAsync(AlterationPlan plan, IReadOnlyList<AlterationJob> newJobs, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!plans.TryAdd(plan.Id, plan)) throw new InvalidOperationException($"Plan {plan.Id} already exists.");
            jobs.AddRange(newJobs);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<AlterationPlan?> FindAsync(string planId, CancellationToken cancellationToken = default)
    {
        lock (gate) return Task.FromResult(plans.GetValueOrDefault(planId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AlterationJob>> ListJobsAsync(string planId, CancellationToken cancellationToken = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<AlterationJob>>([.. jobs.Where(j => j.PlanId == planId)]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. plans.Values
                .Where(p => p.Status is not (AlterationPlanStatus.Completed or AlterationPlanStatus.Failed))
                .OrderBy(p => p.CreatedAt).Select(p => p.Id)]);
        }
    }

    /// <inheritdoc />
    public Task SetPlanStatusAsync(string planId, AlterationPlanStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (plans.TryGetValue(planId, out var plan)) plans[planId] = AlterationPlanStates.WithStatus(plan, status, at);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> TryClaimJobAsync(string jobId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = jobs.FindIndex(j => j.Id == jobId);
            if (index < 0 || !AlterationPlanStates.IsClaimable(jobs[index], staleBefore)) return Task.FromResult(false);
            jobs[index] = jobs[index] with { Status = AlterationJobStatus.Running, StartedAt = now };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task FinishJobAsync(string jobId, AlterationJobStatus status, IReadOnlyList<AlterationLogEntry> log, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = jobs.FindIndex(j => j.Id == jobId);
            if (index >= 0) jobs[index] = jobs[index] with { Status = status, Log = log, CompletedAt = at };
        }
        return Task.CompletedTask;
    }
}
