using System.Globalization;
using System.Text.Json.Nodes;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The terms a guarantee commitment is asked on, fixed when the activity starts so every re-split uses the same ones;
/// a finished round gives them as its output, so a municipality that joins later buys in on the same terms.
/// </summary>
public sealed record CommitmentTerms
{
    /// <summary>The allocation model.</summary>
    public AllocationModel Model { get; init; }

    /// <summary>The cost split, in whole kronor.</summary>
    public decimal Total { get; init; }

    /// <summary>The population year of the population-based models.</summary>
    public int? PopulationYear { get; init; }

    /// <summary>Hybrid only: the fraction split equally.</summary>
    public decimal? EqualFraction { get; init; }

    /// <summary>The maximum per municipality (capped model), by code or name as given; by code once <see cref="WithCapsByCode"/> ran.</summary>
    public Dictionary<string, decimal>? Caps { get; init; }

    /// <summary>The rounding unit in kronor.</summary>
    public decimal RoundTo { get; init; } = 1;

    /// <summary>What the commitment covers in time.</summary>
    public string? Validity { get; init; }

    /// <summary>Whether a withdrawal re-splits the total between the rest.</summary>
    public bool ResplitOnWithdrawal { get; init; }

    /// <summary>How the amount was reached when it is not a split of a cost between several (e.g. a later joiner's buy-in).</summary>
    public string? Basis { get; init; }

    /// <summary>Splits the total between <paramref name="participants"/> (codes); an invalid request faults with the allocator's Swedish message.</summary>
    public AllocationResult Split(CostAllocator allocator, IReadOnlyList<string> participants)
    {
        try
        {
            return allocator.Allocate(new AllocationRequest
            {
                Model = Model,
                Total = Total,
                Participants = participants,
                PopulationYear = PopulationYear,
                EqualFraction = Model == AllocationModel.Hybrid ? EqualFraction : null,
                Caps = Model == AllocationModel.Capped ? Caps : null,
                RoundTo = RoundTo,
            });
        }
        catch (AllocationException exception)
        {
            throw new ActivityFaultException(exception.Message);
        }
    }

    /// <summary>How the shares are computed, in Swedish: "invånarantal den 31 december 2025", "lika delar", ….</summary>
    public string ModelText() => Model switch
    {
        AllocationModel.Equal => "lika delar",
        AllocationModel.Population => $"invånarantal den 31 december {PopulationYear}",
        AllocationModel.Hybrid => $"{CommitmentTexts.Percent((EqualFraction ?? 0) * 100)} i lika delar och resten efter invånarantal den 31 december {PopulationYear}",
        _ => "maxbelopp: varje kommun betalar samma andel av den faktiska kostnaden som dess maxbelopp utgör av summan av maxbeloppen",
    };

    /// <summary>The cap of a municipality (by code) under the capped model; null for other models.</summary>
    public decimal? CapOf(string code) => Model == AllocationModel.Capped && Caps is not null && Caps.TryGetValue(code, out var cap) ? cap : null;

    /// <summary>The same terms with the caps keyed by municipality code (call after a split has validated them).</summary>
    public CommitmentTerms WithCapsByCode(MunicipalityRegistry registry) => Caps is null
        ? this
        : this with { Caps = Caps.ToDictionary(p => registry.Find(p.Key)?.Code ?? p.Key, p => p.Value, StringComparer.Ordinal) };

    /// <summary>Reads the caps input: a JSON object from municipality name or code to an amount in kronor.</summary>
    public static Dictionary<string, decimal>? ParseCaps(JsonObject? json)
    {
        if (json is null) return null;
        var caps = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            var text = value is JsonValue ? value.ToString().Replace(" ", "").Replace("\u00a0", "") : "";
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                throw new ActivityFaultException($"Maxbeloppet för {key} är inget belopp: {value?.ToJsonString() ?? "null"}.");
            caps[key] = amount;
        }
        return caps;
    }
}
