using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>A case with its instances as a command on a running case needs them: the row, every instance, the main process and its running phase.</summary>
internal sealed record CaseProcess(CaseRow Row, IReadOnlyList<WorkflowInstance> All, WorkflowInstance? Main, WorkflowInstance? RunningPhase)
{
    /// <summary>Whether the case runs: not cancelled, its main process running.</summary>
    public bool IsRunning => Row.CancelledAt is null && Main is { Status: WorkflowStatus.Running };

    /// <summary>The phases the main process has run, oldest first.</summary>
    public IEnumerable<WorkflowInstance> Phases => All.Where(i => Main is not null && i.Parent?.InstanceId == Main.Id).OrderBy(i => i.CreatedAt);

    /// <summary>The case named <paramref name="idOrNumber"/> with its instances; null when there is none.</summary>
    public static async Task<CaseProcess?> LoadAsync(ENamndDbContext db, IWorkflowInstanceStore instances, string idOrNumber, CancellationToken cancellationToken)
    {
        var row = await db.Set<CaseRow>().AsNoTracking().Named(idOrNumber).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var all = await instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: row.CaseNumber), cancellationToken);
        var main = all.FirstOrDefault(i => i.Id == row.InstanceId);
        var phase = main is null ? null : all.Where(i => i.Parent?.InstanceId == main.Id && i.Status == WorkflowStatus.Running).MaxBy(i => i.CreatedAt);
        return new CaseProcess(row, all, main, phase);
    }
}
