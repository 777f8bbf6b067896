namespace ENamnd.Activities.Contracts;

/// <summary>The day an alert is due: <paramref name="LeadMonths"/> months before the decision deadline.</summary>
public sealed record ContractAlertDay(int LeadMonths, DateOnly Date);
