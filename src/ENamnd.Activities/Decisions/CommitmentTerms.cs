using System.Globalization;
using System.Text.Json.Nodes;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>The terms a guarantee commitment is asked on, fixed when the activity starts so every re-split uses the same ones.</summary>
internal sealed record CommitmentTerms
{
    public AllocationModel Model { get; init; }
    public decimal Total { get; init; }
    public int? PopulationYear { get; init; }
    public decimal? EqualFraction { get; init; }

    /// <summary>The maximum per municipality (capped model), by code or name as given; by code once <see cref="WithCapsByCode"/> ran.</summary>
    public Dictionary<string, decimal>? Caps { get; init; }

    public decimal RoundTo { get; init; } = 1;
    public string? Validity { get; init; }
    public bool ResplitOnWithdrawal { get; init; }

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
