using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>The allocator as a whole: result shape, order and the absence of hidden state.</summary>
public sealed class CostAllocatorTests
{
    [Fact]
    public void Should_ListSharesInRequestOrderWithRegistryNames_When_ParticipantsAreMixedCodesAndNames()
    {
        var result = Norrbotten.Allocator.Allocate(new AllocationRequest
        {
            Model = AllocationModel.Equal,
            Total = 300m,
            Participants = ["Övertorneå", "2580", " arjeplog "],
            RoundTo = 100m,
        });

        Assert.Equal(["2518", "2580", "2506"], result.Shares.Select(share => share.Code));
        Assert.Equal(["Övertorneå", "Luleå", "Arjeplog"], result.Shares.Select(share => share.Name));
        Assert.Equal(AllocationModel.Equal, result.Model);
        Assert.Equal(300m, result.Total);
        Assert.Equal(100m, result.RoundTo);
    }

    [Fact]
    public void Should_SplitOnTheSamePrinciples_When_AMunicipalityJoinsLater()
    {
        var founders = Population(["Luleå", "Boden", "Piteå"]);
        var withKalix = Population(["Luleå", "Boden", "Piteå", "Kalix"]);

        var before = Norrbotten.Allocator.Allocate(founders);
        var after = Norrbotten.Allocator.Allocate(withKalix);
        var again = Norrbotten.Allocator.Allocate(founders);

        Assert.Equal(before.Shares, again.Shares);
        Assert.Equal(after.Shares, new CostAllocator(Norrbotten.Registry).Allocate(withKalix).Shares);
        Assert.Equal(1_000_000m, after.Shares.Sum(share => share.Amount));
        Assert.True(after.Shares[0].Amount < before.Shares[0].Amount, "Luleå pays less once Kalix shares the cost.");
    }

    private static AllocationRequest Population(string[] participants) => new()
    {
        Model = AllocationModel.Population,
        Total = 1_000_000m,
        Participants = participants,
        PopulationYear = 2020,
    };
}
