using ENamnd.Activities;
using ENamnd.Activities.Contracts;
using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Features.Contracts;

/// <summary>Builds <see cref="ContractView"/>s: the deadline and alerts as the monitor sees them today.</summary>
public sealed class ContractViews(
    NotificationLedger ledger, Microsoft.Extensions.Options.IOptions<ContractsOptions> options, TimeProvider clock, ILogger<ContractViews> logger)
{
    /// <summary>The view of a contract; with <paramref name="withSentState"/> each alert says whether it went out.</summary>
    public async Task<ContractView> ToViewAsync(Contract contract, bool withSentState, CancellationToken cancellationToken)
    {
        var terms = contract.Terms;
        if (!ContractSchedule.HasPlausibleDates(terms))
            logger.LogWarning("Contract {ContractId} has dates outside {Range} (stored before they were checked); its deadline is shown as computed", contract.Id, PlausibleDates.Range);
        ContractDeadline? deadline = contract.IsSettled ? null : ContractSchedule.NextDeadline(terms, ContractSchedule.Today(clock));
        var alerts = new List<ContractAlertView>();
        if (deadline is not null)
        {
            var recorded = withSentState
                ? (await ledger.ForSubjectAsync(contract.Subject, cancellationToken)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var day in ContractSchedule.AlertDays(deadline.Date, options.Value.LeadMonths))
                alerts.Add(new ContractAlertView(day.LeadMonths, day.Date, recorded.Contains(ContractLedgerKeys.Alert(contract.Id, deadline.Date, day.LeadMonths).Value)));
        }
        return new ContractView(contract.Id, terms.Name, terms.Supplier, terms.Kind, terms.StartDate, terms.EndDate, terms.NoticePeriodMonths,
            terms.Options, terms.Owner, terms.Municipalities, terms.CaseNumber, contract.Decision, deadline?.Date,
            deadline is null ? null : deadline.Option is null ? "uppsägning" : "option",
            alerts, contract.CreatedAt, contract.UpdatedAt);
    }
}
