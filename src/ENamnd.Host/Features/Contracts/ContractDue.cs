using ENamnd.Activities.Contracts;
using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Features.Contracts;

/// <summary>
/// What contract monitoring owes one contract on a day: the alert due before its decision deadline (which also calls for
/// the decision at contract end), or, once the contract has ended, the warning that it ended without a decision.
/// </summary>
/// <param name="Contract">The contract.</param>
/// <param name="Deadline">The decision deadline the alert is about; for an ended contract its end.</param>
/// <param name="Alert">The alert due; null for the warning that the contract ended.</param>
public sealed record ContractDue(Contract Contract, ContractDeadline Deadline, ContractAlertDay? Alert)
{
    /// <summary>Whether this is the warning that the contract ended without a decision.</summary>
    public bool IsExpired => Alert is null;

    /// <summary>The ledger key the email is sent once under.</summary>
    public LedgerKey Key => Alert is { } alert
        ? ContractLedgerKeys.Alert(Contract.Id, Deadline.Date, alert.LeadMonths)
        : ContractLedgerKeys.Expired(Contract.Id, Contract.Terms.EndDate);

    /// <summary>
    /// What is due for <paramref name="contract"/> on <paramref name="today"/> with alerts <paramref name="leadMonths"/> months
    /// before a deadline; null when nothing is (settled, or no alert day reached).
    /// </summary>
    public static ContractDue? On(Contract contract, DateOnly today, IReadOnlyList<int> leadMonths)
    {
        if (contract.IsSettled) return null;
        if (today > contract.Terms.EndDate) return new ContractDue(contract, new ContractDeadline(contract.Terms.EndDate, null), null);
        var deadline = ContractSchedule.NextDeadline(contract.Terms, today);
        return ContractSchedule.DueAlert(deadline.Date, leadMonths, today) is { } alert ? new ContractDue(contract, deadline, alert) : null;
    }
}
