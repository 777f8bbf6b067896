namespace ENamnd.Activities.Allocation;

/// <summary>A computed split: the shares always sum exactly to <see cref="Total"/>.</summary>
/// <param name="Model">The allocation model used.</param>
/// <param name="Total">The amount split, in whole kronor.</param>
/// <param name="RoundTo">The rounding unit in kronor.</param>
/// <param name="PopulationYear">The population year used, or null when the model does not use population.</param>
/// <param name="Shares">One share per participant, in the order the participants were given.</param>
public sealed record AllocationResult(
    AllocationModel Model,
    decimal Total,
    decimal RoundTo,
    int? PopulationYear,
    IReadOnlyList<AllocationShare> Shares);
