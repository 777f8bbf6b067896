using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Invariants over many seeded pseudo-random requests: exact sums, no negative share, closeness and monotonicity.</summary>
public sealed class AllocationPropertyTests
{
    private static readonly decimal[] Units = [1m, 10m, 100m, 1_000m];

    [Fact]
    public void Should_HoldTheInvariants_When_RequestsAreRandom()
    {
        var random = new Random(20_220_316);
        for (var run = 0; run < 500; run++)
        {
            var (request, exact, weight) = RandomCase(random);
            var result = Norrbotten.Allocator.Allocate(request);
            var context = $"case {run}: {request.Model}, total {request.Total}, unit {request.RoundTo}, {result.Shares.Count} participants";

            Assert.True(result.Shares.Sum(share => share.Amount) == request.Total, $"Shares do not sum to the total in {context}.");
            Assert.True(result.Shares.All(share => share.Amount >= 0), $"Negative share in {context}.");
            Assert.True(result.Shares.Count(share => share.Amount % request.RoundTo != 0) <= (request.Total % request.RoundTo == 0 ? 0 : 1), $"Off-unit shares in {context}.");
            Assert.True(result.Shares.All(share => Math.Abs(share.Amount - exact(share.Code)) < request.RoundTo), $"A share is a unit or more from its exact value in {context}.");
            var byWeight = result.Shares.OrderBy(share => weight(share.Code)).ThenBy(share => share.Amount).ToList();
            Assert.True(byWeight.Zip(byWeight.Skip(1)).All(pair => pair.First.Amount <= pair.Second.Amount), $"A larger weight pays less in {context}.");
        }
    }

    /// <summary>A random request, the exact (unrounded) share per code, and the weight a share must be monotone in.</summary>
    private static (AllocationRequest Request, Func<string, decimal> Exact, Func<string, decimal> Weight) RandomCase(Random random)
    {
        var all = Norrbotten.Registry.All.ToArray();
        random.Shuffle(all);
        var participants = all.Take(random.Next(1, all.Length + 1)).ToList();
        var year = Norrbotten.Registry.PopulationYears[random.Next(Norrbotten.Registry.PopulationYears.Count)];
        var total = (decimal)random.NextInt64(0, 50_000_000);
        var request = new AllocationRequest
        {
            Model = (AllocationModel)random.Next(4),
            Total = total,
            Participants = [.. participants.Select(municipality => random.Next(2) == 0 ? municipality.Code : municipality.Name.ToUpperInvariant())],
            PopulationYear = year,
            RoundTo = Units[random.Next(Units.Length)],
        };

        decimal Population(string code) => Norrbotten.Registry.Find(code)!.PopulationAt(year);
        var populationSum = participants.Sum(municipality => (decimal)municipality.PopulationAt(year));
        var count = participants.Count;
        switch (request.Model)
        {
            case AllocationModel.Equal:
                return (request, _ => total / count, _ => 0m);
            case AllocationModel.Population:
                return (request, code => total * Population(code) / populationSum, Population);
            case AllocationModel.Hybrid:
                decimal equalPart;
                if (random.Next(2) == 0)
                {
                    var fraction = random.Next(0, 101) / 100m;
                    request = request with { EqualFraction = fraction };
                    equalPart = total * fraction;
                }
                else
                {
                    equalPart = random.NextInt64(0, (long)total + 1);
                    request = request with { EqualAmount = equalPart, PopulationAmount = total - equalPart };
                }

                return (request, code => equalPart / count + (total - equalPart) * Population(code) / populationSum, Population);
            default:
                var caps = participants.ToDictionary(municipality => municipality.Code, _ => (decimal)random.Next(1, 10_000_000));
                var capSum = caps.Values.Sum();
                request = request with { Total = Math.Min(total, capSum), Caps = caps };
                var cappedTotal = request.Total;
                return (request, code => cappedTotal * caps[code] / capSum, code => caps[code]);
        }
    }
}
