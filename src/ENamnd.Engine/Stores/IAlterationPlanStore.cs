using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Engine.Stores;

/// <summary>The submitted alteration plans and their jobs, kept until done so that a crash between jobs loses no plan.</summary>
public interface IAlterationPlanStore
{
    /// <summary>Stores a new plan with its jobs, together or not at all.</summary>
    Task AddAsync(AlterationPlan plan, IReadOnlyList<AlterationJob> jobs, CancellationToken cancellationToken = default);

    /// <summary>A plan, or null.</summary>
    Task<AlterationPlan?> FindAsync(string planId, CancellationToken cancellationToken = default);

    /// <summary>The jobs of a plan, in the order they were made.</summary>
    Task<IReadOnlyList<AlterationJob>> ListJobsAsync(string planId, CancellationToken cancellationToken = default);

    /// <summary>The ids of the plans not yet completed or failed, oldest first.</summary>
    Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets a plan's status with the time it started (kept once set) or ended.</summary>
    Task SetPlanStatusAsync(string planId, AlterationPlanStatus status, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a job to run it: true when it was pending, or running but started before <paramref name="staleBefore"/> (its
    /// runner crashed); it is then running from <paramref name="now"/>. Of two claims at once, one wins.
    /// </summary>
    Task<bool> TryClaimJobAsync(string jobId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken = default);

    /// <summary>Ends a job with its outcome and log.</summary>
    Task FinishJobAsync(string jobId, AlterationJobStatus status, IReadOnlyList<AlterationLogEntry> log, DateTimeOffset at, CancellationToken cancellationToken = default);
}
