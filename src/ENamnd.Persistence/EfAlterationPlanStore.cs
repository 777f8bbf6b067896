using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

/// <summary>Alteration plans and jobs in the database (SQLite or PostgreSQL); a claim is one conditional update.</summary>
public sealed class EfAlterationPlanStore(IDbContextFactory<ENamndDbContext> contexts) : IAlterationPlanStore
{
    private static readonly string Pending = nameof(AlterationJobStatus.Pending), Running = nameof(AlterationJobStatus.Running);

    /// <inheritdoc />
    public async Task AddAsync(AlterationPlan plan, IReadOnlyList<AlterationJob> jobs, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new AlterationPlanRow
        {
            Id = plan.Id, Alterations = AlterationJson.WriteAll(plan.Alterations).ToJsonString(), Filter = AlterationPlanJson.WriteFilter(plan.Filter),
            Status = plan.Status.ToString(), CreatedAt = plan.CreatedAt, StartedAt = plan.StartedAt, CompletedAt = plan.CompletedAt,
        });
        // The plan row first: the model knows no relation, and the jobs' foreign key needs it.
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(jobs.Select(j => new AlterationJobRow
        {
            Id = j.Id, PlanId = j.PlanId, WorkflowInstanceId = j.WorkflowInstanceId, Status = j.Status.ToString(), Log = AlterationPlanJson.WriteLog(j.Log),
            CreatedAt = j.CreatedAt, StartedAt = j.StartedAt, CompletedAt = j.CompletedAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
        // Persistence point: the plan and its jobs are stored together, or not at all.
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AlterationPlan?> FindAsync(string planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AlterationPlanRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == planId, cancellationToken);
        return row is null ? null : new AlterationPlan
        {
            Id = row.Id, Alterations = AlterationJson.ReadStored(row.Alterations), Filter = AlterationPlanJson.ReadFilter(row.Filter),
            Status = Enum.Parse<AlterationPlanStatus>(row.Status), CreatedAt = row.CreatedAt, StartedAt = row.StartedAt, CompletedAt = row.CompletedAt,
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AlterationJob>> ListJobsAsync(string planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AlterationJobRow>().AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AlterationJob
        {
            Id = r.Id, PlanId = r.PlanId, WorkflowInstanceId = r.WorkflowInstanceId, Status = Enum.Parse<AlterationJobStatus>(r.Status),
            Log = AlterationPlanJson.ReadLog(r.Log), CreatedAt = r.CreatedAt, StartedAt = r.StartedAt, CompletedAt = r.CompletedAt,
        })];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        string[] finished = [nameof(AlterationPlanStatus.Completed), nameof(AlterationPlanStatus.Failed)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AlterationPlanRow>().Where(r => !finished.Contains(r.Status)).OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task SetPlanStatusAsync(string planId, AlterationPlanStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<AlterationPlanRow>().FirstOrDefaultAsync(r => r.Id == planId, cancellationToken) is not { } row) return;
        var plan = AlterationPlanStates.WithStatus(
            new AlterationPlan { Id = row.Id, Alterations = [], Filter = new(), Status = Enum.Parse<AlterationPlanStatus>(row.Status), StartedAt = row.StartedAt, CompletedAt = row.CompletedAt },
            status, at);
        (row.Status, row.StartedAt, row.CompletedAt) = (plan.Status.ToString(), plan.StartedAt, plan.CompletedAt);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimJobAsync(string jobId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One conditional UPDATE: of two runners claiming at once, the database lets exactly one change the row.
        var claimed = await db.Set<AlterationJobRow>()
            .Where(r => r.Id == jobId && (r.Status == Pending || (r.Status == Running && r.StartedAt < staleBefore)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Running).SetProperty(r => r.StartedAt, now), cancellationToken);
        return claimed == 1;
    }

    /// <inheritdoc />
    public async Task FinishJobAsync(string jobId, AlterationJobStatus status, IReadOnlyList<AlterationLogEntry> log, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var text = AlterationPlanJson.WriteLog(log);
        var name = status.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<AlterationJobRow>().Where(r => r.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, name).SetProperty(r => r.Log, text).SetProperty(r => r.CompletedAt, at), cancellationToken);
    }
}
