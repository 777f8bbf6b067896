using System.Globalization;
using System.Text.Json;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// The decisions at contract end that alerts call for, queued as outbox messages (<see cref="Kind"/>) in the alerts'
/// transaction and started after commit by <see cref="ContractDecisionOutboxHandler"/>. A decision is queued while no
/// instance has its fixed id (<see cref="ContractSchedule.DecisionInstanceId"/>) and none of the contract is running; at
/// most once a day (the message id names the day), so a start that failed is queued again by the next day's run.
/// </summary>
public sealed class ContractDecisionQueue(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>The outbox kind of a queued decision.</summary>
    public const string Kind = "contract-decision";

    private static readonly string Running = WorkflowStatus.Running.ToString();

    /// <summary>The messages that start the decisions <paramref name="due"/> calls for on <paramref name="today"/>, looked up in one query.</summary>
    public async Task<IReadOnlyList<OnceMessage>> MessagesForAsync(IReadOnlyList<ContractDue> due, DateOnly today, CancellationToken cancellationToken)
    {
        var alerts = due.Where(d => !d.IsExpired).ToList();
        if (alerts.Count == 0) return [];
        var ids = alerts.Select(InstanceIdOf).ToList();
        var correlations = alerts.Select(a => a.Contract.CorrelationId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Set<InstanceRow>().AsNoTracking()
            // One array parameter each (EF.Parameter), not a parameter per contract of the batch.
            .Where(i => EF.Parameter(ids).Contains(i.Id) || (i.Status == Running && EF.Parameter(correlations).Contains(i.CorrelationId!)))
            .Select(i => new { i.Id, i.CorrelationId, i.Status })
            .ToListAsync(cancellationToken);
        var started = found.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var running = found.Where(i => i.Status == Running && i.CorrelationId is not null).Select(i => i.CorrelationId!).ToHashSet(StringComparer.Ordinal);
        return [.. alerts.Where(a => !started.Contains(InstanceIdOf(a)) && !running.Contains(a.Contract.CorrelationId)).Select(a => MessageOf(a, today))];
    }

    /// <summary>The message that starts the decision of <paramref name="due"/>, queued on <paramref name="today"/>.</summary>
    public static OnceMessage MessageOf(ContractDue due, DateOnly today) => new(
        string.Create(CultureInfo.InvariantCulture, $"{Kind}:{InstanceIdOf(due)}:{today:yyyy-MM-dd}"),
        Kind,
        JsonSerializer.Serialize(new ContractDecisionRequest(due.Contract.Id, due.Deadline.Date), JsonSerializerOptions.Web),
        // Listed under the instance it starts, beside that instance's own messages.
        InstanceIdOf(due));

    private static string InstanceIdOf(ContractDue due) => ContractSchedule.DecisionInstanceId(due.Contract.Id, due.Deadline.Date);
}
