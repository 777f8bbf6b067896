using ENamnd.Activities.Contracts;

namespace ENamnd.Host.Features.Contracts;

/// <summary>A contract as the coordinator API shows it, with the next decision deadline and its alert schedule.</summary>
public sealed record ContractView(
    string Id,
    string Name,
    string Supplier,
    ContractKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    int NoticePeriodMonths,
    IReadOnlyList<ContractOption> Options,
    string Owner,
    IReadOnlyList<string> Municipalities,
    string? CaseNumber,
    ContractDecisionState? Decision,
    DateOnly? NextDecisionDeadline,
    string? DeadlineFor,
    IReadOnlyList<ContractAlertView> Alerts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One alert of a contract's schedule and whether it has gone out.</summary>
public sealed record ContractAlertView(int LeadMonths, DateOnly Date, bool Sent);
