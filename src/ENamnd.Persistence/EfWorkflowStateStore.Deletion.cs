using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

public sealed partial class EfWorkflowStateStore : IWorkflowInstanceDeleter
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> KeptByAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await KeptByAsync(db, instanceId, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Audit rows stay: they are append-only evidence (the database refuses their deletion) and say what happened to
    /// the instance, deletion included. Messages already sent (or given up) go with the instance; one still waiting keeps it.
    /// </remarks>
    public async Task<InstanceDeletion> DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Persistence point: the instance and every row only it needs go in this one transaction, or none of them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await db.Instances.Where(r => r.Id == instanceId).Select(r => r.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null) return InstanceDeletion.NotFound;
        if (status == nameof(WorkflowStatus.Running)) return InstanceDeletion.Running;
        if (await KeptByAsync(db, instanceId, cancellationToken) is { Count: > 0 } reasons) return InstanceDeletion.Kept(reasons);
        await db.Bookmarks.Where(r => r.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Journal.Where(r => r.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.PendingSignals.Where(r => r.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Outbox.Where(r => r.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ResumeTokenRow>().Where(r => r.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Instances.Where(r => r.Id == instanceId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        counts.Forget();
        return InstanceDeletion.Deleted;
    }

    // The records of the municipalities' business that name the instance: they are kept, and so is the instance they refer to.
    private static async Task<IReadOnlyList<string>> KeptByAsync(ENamndDbContext db, string instanceId, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var correlationId = await db.Instances.Where(r => r.Id == instanceId).Select(r => r.CorrelationId).FirstOrDefaultAsync(cancellationToken);
        var caseNumber = await db.Set<CaseRow>()
            .Where(c => c.InstanceId == instanceId || (correlationId != null && c.CaseNumber == correlationId))
            .Select(c => c.CaseNumber).FirstOrDefaultAsync(cancellationToken);
        if (caseNumber is not null) reasons.Add($"Instansen hör till ärendet {caseNumber}.");
        if (await db.Tasks.AnyAsync(r => r.InstanceId == instanceId, cancellationToken)) reasons.Add("Instansen har uppgifter till deltagare.");
        if (await db.Decisions.AnyAsync(r => r.InstanceId == instanceId, cancellationToken)) reasons.Add("Instansen har registrerade beslut.");
        if (await db.AgendaItems.AnyAsync(r => r.InstanceId == instanceId, cancellationToken)) reasons.Add("Instansen har ärenden på en föredragningslista.");
        if (await db.Set<FollowUpTaskRow>().AnyAsync(r => r.InstanceId == instanceId, cancellationToken)
            || await db.Set<TertialFollowUpRow>().AnyAsync(r => r.InstanceId == instanceId, cancellationToken))
            reasons.Add("Instansen har uppföljningar.");
        if (await db.Set<ContractRow>().AnyAsync(r => r.DecisionInstanceId == instanceId || r.RegisteredByInstanceId == instanceId, cancellationToken))
            reasons.Add("Instansen har registrerat eller beslutat avtal.");
        if (await db.Outbox.AnyAsync(r => r.InstanceId == instanceId && r.SentAt == null && r.FailedAt == null, cancellationToken))
            reasons.Add("Meddelanden från instansen väntar på att skickas.");
        return reasons;
    }
}
