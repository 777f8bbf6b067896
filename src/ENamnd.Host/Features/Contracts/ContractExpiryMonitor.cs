using ENamnd.Activities.Contracts;
using ENamnd.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// The daily contract monitoring (avtalsbevakning): for each contract still awaiting a decision, the alert
/// due today (or the latest one missed) to the owner and the coordinator, the decision at contract end
/// started with the first alert, and a warning when a contract has ended without a decision. Safe to run
/// twice and on two hosts: every email goes through the ledger and the workflow start has a fixed id.
/// </summary>
public sealed class ContractExpiryMonitor(
    ContractStore contracts,
    ContractNotifier notifier,
    ContractDecisionStarter decisions,
    IOptions<ContractsOptions> options,
    TimeProvider clock,
    ILogger<ContractExpiryMonitor> logger) : IMonitorJob
{
    /// <summary>The job's stable id.</summary>
    public const string Id = "contract-expiry-monitor";

    /// <inheritdoc />
    public string JobId => Id;


    /// <inheritdoc />
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ContractSchedule.Today(clock);
        var done = 0;
        foreach (var contract in await contracts.ListAsync(null, cancellationToken))
        {
            if (contract.IsSettled) continue;
            try
            {
                done += await CheckAsync(contract, today, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One contract's trouble (e.g. the decision workflow missing) must not silence the others; tomorrow's run tries again.
                logger.LogError(e, "Contract {ContractId}: monitoring failed on {Today}", contract.Id, today);
            }
        }
        return done;
    }

    private async Task<int> CheckAsync(Contract contract, DateOnly today, CancellationToken cancellationToken)
    {
        if (today > contract.Terms.EndDate) return await notifier.ExpiredAsync(contract, cancellationToken) ? 1 : 0;
        var deadline = ContractSchedule.NextDeadline(contract.Terms, today);
        if (ContractSchedule.DueAlert(deadline.Date, options.Value.LeadMonths, today) is not { } alert) return 0;
        var done = await notifier.AlertAsync(contract, deadline, alert, today, cancellationToken) ? 1 : 0;
        if (await decisions.StartAsync(contract, deadline, cancellationToken)) done++;
        return done;
    }
}
