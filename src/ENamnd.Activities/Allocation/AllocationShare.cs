namespace ENamnd.Activities.Allocation;

/// <summary>One municipality's part of a split cost.</summary>
/// <param name="Code">The municipality code (kommunkod).</param>
/// <param name="Name">The municipality name.</param>
/// <param name="Amount">The amount to pay, in whole kronor.</param>
/// <param name="Percent">The amount as a percentage of the total, rounded to two decimals (display only; need not sum to 100).</param>
public sealed record AllocationShare(string Code, string Name, decimal Amount, decimal Percent);
