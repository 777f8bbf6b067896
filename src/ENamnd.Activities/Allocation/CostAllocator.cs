using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Allocation;

/// <summary>Splits a cost between municipalities by an allocation model (fördelningsmodell); pure and stateless.</summary>
/// <remarks>
/// Shares are multiples of <see cref="AllocationRequest.RoundTo"/> and always sum exactly to the total, by the
/// largest-remainder method: round every exact share down to the unit, then give the missing units to the
/// largest remainders. Ties go to the larger population (the request's year, else the latest year), then to the
/// lower municipality code. When the total is not a multiple of the unit, the rest below one unit goes to the
/// participant furthest below its exact share (same tie-break); that is the only share off the unit.
/// Every share is within one unit of its exact value, so with a unit above 1 kr a capped share may pass its cap by less than one unit.
/// A municipality that joins later is simply a new call with the new participant list.
/// </remarks>
public sealed class CostAllocator
{
    private readonly MunicipalityRegistry registry;

    /// <summary>Creates an allocator over the given municipality reference data.</summary>
    public CostAllocator(MunicipalityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        this.registry = registry;
    }

    /// <summary>Computes the split; throws <see cref="AllocationException"/> with a Swedish message when the request is invalid.</summary>
    public AllocationResult Allocate(AllocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Model))
        {
            throw new AllocationException($"Okänd fördelningsmodell: {request.Model}.");
        }

        ValidateAmounts(request);
        var participants = ResolveParticipants(request.Participants);
        var year = ResolveYear(request);
        var weights = AllocationWeights.For(request, participants, year, registry);
        var ranks = TieBreakRanks(participants, year ?? registry.LatestPopulationYear);
        var amounts = Apportionment.Split(Kronor.ToInteger(request.Total), weights, Kronor.ToInteger(request.RoundTo), ranks);

        var shares = participants
            .Select((municipality, i) => Share(municipality, (decimal)amounts[i], request.Total))
            .ToList();
        var usesPopulation = request.Model is AllocationModel.Population or AllocationModel.Hybrid;
        return new AllocationResult(request.Model, request.Total, request.RoundTo, usesPopulation ? year : null, shares);
    }

    private static void ValidateAmounts(AllocationRequest request)
    {
        if (request.Total < 0)
        {
            throw new AllocationException($"Totalbeloppet får inte vara negativt (angivet: {Kronor.Format(request.Total)}).");
        }

        if (!Kronor.IsWhole(request.Total))
        {
            throw new AllocationException($"Totalbeloppet måste anges i hela kronor (angivet: {Kronor.Format(request.Total)}).");
        }

        if (request.RoundTo <= 0 || !Kronor.IsWhole(request.RoundTo))
        {
            throw new AllocationException($"Avrundningen måste vara ett positivt antal hela kronor, till exempel 1 eller 100 (angiven: {Kronor.FormatNumber(request.RoundTo)}).");
        }
    }

    private List<Municipality> ResolveParticipants(IReadOnlyList<string>? codesOrNames)
    {
        if (codesOrNames is null || codesOrNames.Count == 0)
        {
            throw new AllocationException("Ange minst en deltagande kommun.");
        }

        IReadOnlyList<Municipality> participants;
        try
        {
            participants = registry.Resolve(codesOrNames);
        }
        catch (UnknownMunicipalityException exception)
        {
            throw new AllocationException(exception.Message, exception);
        }

        // "Luleå" and "2580" are the same municipality, so duplicates are found after resolving.
        var duplicates = participants.GroupBy(municipality => municipality.Code)
            .Where(group => group.Count() > 1)
            .Select(group => group.First().Name)
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new AllocationException($"Varje kommun får bara anges en gång bland deltagarna; flera gånger: {string.Join(", ", duplicates)}.");
        }

        return [.. participants];
    }

    /// <summary>The population year: the one given, checked whenever it is given, else the latest when the model uses population.</summary>
    private int? ResolveYear(AllocationRequest request)
    {
        if (request.PopulationYear is { } year)
        {
            return registry.PopulationYears.Contains(year)
                ? year
                : throw new AllocationException(
                    $"Befolkningssiffror per 31 december {year} saknas; tillgängliga år: {string.Join(", ", registry.PopulationYears)}.");
        }

        return request.Model is AllocationModel.Population or AllocationModel.Hybrid ? registry.LatestPopulationYear : null;
    }

    /// <summary>Rank 0 is the larger population, then the lower code; it decides ties in rounding.</summary>
    private static int[] TieBreakRanks(IReadOnlyList<Municipality> participants, int year)
    {
        var order = Enumerable.Range(0, participants.Count)
            .OrderByDescending(i => participants[i].PopulationAt(year))
            .ThenBy(i => participants[i].Code, StringComparer.Ordinal)
            .ToList();
        var ranks = new int[participants.Count];
        for (var rank = 0; rank < order.Count; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }

    private static AllocationShare Share(Municipality municipality, decimal amount, decimal total)
    {
        var percent = total == 0 ? 0m : Math.Round(amount * 100m / total, 2, MidpointRounding.AwayFromZero);
        return new AllocationShare(municipality.Code, municipality.Name, amount, percent);
    }
}
