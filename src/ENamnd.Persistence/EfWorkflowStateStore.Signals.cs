using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

public sealed partial class EfWorkflowStateStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingSignal>> ListPendingAsync(DateTimeOffset committedBy, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PendingSignals.AsNoTracking().Where(r => r.CreatedAt <= committedBy)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(string signalId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Persistence point: one short statement of its own; the signal is not delivered again.
        await db.PendingSignals.Where(r => r.Id == signalId).ExecuteDeleteAsync(cancellationToken);
    }

    private static PendingSignal FromRow(PendingSignalRow row) => new(
        row.Id,
        row.InstanceId,
        JsonSerializer.Deserialize<WorkflowSignal>(row.Signal, ValueConverter.JsonOptions) ?? throw new JsonException($"Empty signal {row.Id}."),
        row.CreatedAt);
}
