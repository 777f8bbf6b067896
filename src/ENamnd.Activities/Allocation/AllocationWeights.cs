using System.Numerics;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Allocation;

/// <summary>The weight of each participant under a model, as exact integers; a share is total × weight / Σweights.</summary>
internal static class AllocationWeights
{
    /// <summary>The weights for <paramref name="participants"/>, in their order; validates the model's own inputs.</summary>
    public static BigInteger[] For(AllocationRequest request, IReadOnlyList<Municipality> participants, int? year, MunicipalityRegistry registry) =>
        request.Model switch
        {
            AllocationModel.Equal => [.. participants.Select(_ => BigInteger.One)],
            AllocationModel.Population => Populations(participants, year!.Value),
            AllocationModel.Hybrid => Hybrid(request, participants, year!.Value),
            AllocationModel.Capped => Caps(request, participants, registry),
            _ => throw new AllocationException($"Okänd fördelningsmodell: {request.Model}."),
        };

    private static BigInteger[] Populations(IReadOnlyList<Municipality> participants, int year) =>
        [.. participants.Select(municipality => new BigInteger(municipality.PopulationAt(year)))];

    /// <summary>Equal part e, population part p: wᵢ = e·Σpop + n·p·popᵢ, so share i = total·e/(e+p)/n + total·p/(e+p)·popᵢ/Σpop.</summary>
    private static BigInteger[] Hybrid(AllocationRequest request, IReadOnlyList<Municipality> participants, int year)
    {
        var (equalPart, populationPart) = HybridParts(request);
        var populations = Populations(participants, year);
        var populationSum = populations.Aggregate(BigInteger.Zero, (sum, population) => sum + population);
        var count = participants.Count;
        return [.. populations.Select(population => equalPart * populationSum + count * populationPart * population)];
    }

    private static (BigInteger Equal, BigInteger Population) HybridParts(AllocationRequest request)
    {
        var hasAmounts = request.EqualAmount is not null || request.PopulationAmount is not null;
        if (request.EqualFraction is { } fraction)
        {
            if (hasAmounts)
            {
                throw new AllocationException("Ange antingen andelen lika delar (equalFraction) eller två belopp (equalAmount och populationAmount), inte båda.");
            }

            if (fraction is < 0m or > 1m)
            {
                throw new AllocationException($"Andelen lika delar måste vara mellan 0 och 1 (angiven: {Kronor.FormatNumber(fraction)}).");
            }

            var (numerator, denominator) = Kronor.ToFraction(fraction);
            return (numerator, denominator - numerator);
        }

        if (request.EqualAmount is not { } equalAmount || request.PopulationAmount is not { } populationAmount)
        {
            throw new AllocationException(hasAmounts
                ? "Ange både beloppet som delas lika (equalAmount) och beloppet som delas efter invånarantal (populationAmount)."
                : "Hybridmodellen kräver antingen andelen lika delar (equalFraction) eller två belopp (equalAmount och populationAmount).");
        }

        if (equalAmount < 0 || populationAmount < 0 || !Kronor.IsWhole(equalAmount) || !Kronor.IsWhole(populationAmount))
        {
            throw new AllocationException("Beloppen för lika delar och för invånarantal måste vara hela kronor och inte negativa.");
        }

        if (equalAmount + populationAmount != request.Total)
        {
            throw new AllocationException(
                $"Beloppen för lika delar ({Kronor.Format(equalAmount)}) och för invånarantal ({Kronor.Format(populationAmount)}) " +
                $"blir tillsammans {Kronor.Format(equalAmount + populationAmount)}, men totalbeloppet är {Kronor.Format(request.Total)}.");
        }

        return (Kronor.ToInteger(equalAmount), Kronor.ToInteger(populationAmount));
    }

    /// <summary>Each participant's cap; caps given for municipalities that do not take part are not counted.</summary>
    private static BigInteger[] Caps(AllocationRequest request, IReadOnlyList<Municipality> participants, MunicipalityRegistry registry)
    {
        var caps = CapsByCode(request.Caps ?? new Dictionary<string, decimal>(), registry);
        var missing = participants.Where(municipality => !caps.ContainsKey(municipality.Code)).Select(municipality => municipality.Name).ToList();
        if (missing.Count > 0)
        {
            throw new AllocationException($"Maxbelopp saknas för: {string.Join(", ", missing)}.");
        }

        if (participants.FirstOrDefault(municipality => caps[municipality.Code] <= 0 || !Kronor.IsWhole(caps[municipality.Code])) is { } invalid)
        {
            throw new AllocationException($"Maxbeloppet för {invalid.Name} måste vara ett positivt belopp i hela kronor (angivet: {Kronor.FormatNumber(caps[invalid.Code])}).");
        }

        var capSum = participants.Sum(municipality => caps[municipality.Code]);
        if (request.Total > capSum)
        {
            throw new AllocationException($"Totalbeloppet ({Kronor.Format(request.Total)}) överstiger summan av maxbeloppen ({Kronor.Format(capSum)}).");
        }

        return [.. participants.Select(municipality => Kronor.ToInteger(caps[municipality.Code]))];
    }

    private static Dictionary<string, decimal> CapsByCode(IReadOnlyDictionary<string, decimal> caps, MunicipalityRegistry registry)
    {
        var unknown = caps.Keys.Where(key => registry.Find(key) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new AllocationException($"Maxbelopp anges för okänd kommun: {string.Join(", ", unknown.Select(key => $"\"{key}\""))}.");
        }

        var byCode = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, cap) in caps)
        {
            var municipality = registry.Find(key)!;
            if (!byCode.TryAdd(municipality.Code, cap))
            {
                throw new AllocationException($"Maxbelopp anges mer än en gång för {municipality.Name}.");
            }
        }

        return byCode;
    }
}
