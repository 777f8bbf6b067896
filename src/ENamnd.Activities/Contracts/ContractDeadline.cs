
namespace ENamnd.Activities.Contracts;

/// <summary>The day a decision about a contract must be taken, and the option it is about (null: the notice deadline).</summary>
public sealed record ContractDeadline(DateOnly Date, ContractOption? Option);
