namespace ENamnd.Host.Features.Webhooks;

/// <summary>The data of <c>contract.alert</c>, the alert contract monitoring emails the owner and the coordinator.</summary>
/// <param name="Kind"><c>deadline</c> (months before the decision deadline) or <c>expired</c> (the contract ended without a decision).</param>
/// <param name="ContractId">The contract's id in ENamnd.</param>
/// <param name="ContractName">The contract's name.</param>
/// <param name="CaseNumber">The contract's case number, if it has one.</param>
/// <param name="Supplier">The supplier.</param>
/// <param name="EndDate">The contract's end as it stands.</param>
/// <param name="DecisionDeadline">The day the decision must be taken by (an option's decide-by day, else end − notice); null when expired.</param>
/// <param name="LeadMonths">The alert's lead time in months; null when expired.</param>
public sealed record ContractAlertData(
    string Kind, string ContractId, string ContractName, string? CaseNumber, string Supplier, DateOnly EndDate, DateOnly? DecisionDeadline, int? LeadMonths);
