namespace ENamnd.Activities.Allocation;

/// <summary>What to split, between whom and how; all amounts are whole kronor (SEK).</summary>
public sealed record AllocationRequest
{
    /// <summary>The allocation model (fördelningsmodell).</summary>
    public required AllocationModel Model { get; init; }

    /// <summary>The amount to split, in whole kronor; zero or more.</summary>
    public required decimal Total { get; init; }

    /// <summary>The participating municipalities by code ("2580") or name ("Luleå"); each at most once.</summary>
    public required IReadOnlyList<string> Participants { get; init; }

    /// <summary>The year whose population at 31 December is used by Population and Hybrid; by default the latest year with figures.</summary>
    public int? PopulationYear { get; init; }

    /// <summary>Hybrid only: the fraction (0 to 1) of the total split equally; the rest goes by population.</summary>
    public decimal? EqualFraction { get; init; }

    /// <summary>Hybrid only: the amount split equally; given with <see cref="PopulationAmount"/>, and the two must sum to the total.</summary>
    public decimal? EqualAmount { get; init; }

    /// <summary>Hybrid only: the amount split by population; given with <see cref="EqualAmount"/>.</summary>
    public decimal? PopulationAmount { get; init; }

    /// <summary>Capped only: the maximum (maxbelopp) per municipality by code or name; every participant needs one.</summary>
    public IReadOnlyDictionary<string, decimal>? Caps { get; init; }

    /// <summary>The rounding unit in whole kronor, e.g. 1 or 100; shares are multiples of it (see <see cref="CostAllocator"/>).</summary>
    public decimal RoundTo { get; init; } = 1;
}
