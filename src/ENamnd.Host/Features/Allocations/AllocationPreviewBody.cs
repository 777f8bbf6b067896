namespace ENamnd.Host.Features.Allocations;

/// <summary>
/// A cost split to preview: the model by name (any letter case), the total in whole kronor, the municipalities by
/// code or name, and the model's own inputs (population year; equal fraction or equal and population amounts; caps).
/// </summary>
public sealed record AllocationPreviewBody(
    string? Model,
    decimal? Total,
    IReadOnlyList<string>? Municipalities,
    int? PopulationYear,
    decimal? EqualFraction,
    decimal? EqualAmount,
    decimal? PopulationAmount,
    IReadOnlyDictionary<string, decimal>? Caps,
    decimal? RoundTo);
