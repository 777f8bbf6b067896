using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Part equal, part by population, as a fraction or as two amounts.</summary>
public sealed class HybridAllocationTests
{
    [Fact]
    public void Should_SumExactlyInWholeHundreds_When_FiftyFiftyOf930600()
    {
        var result = Norrbotten.Allocator.Allocate(FiftyFifty(equalFraction: 0.5m));

        Assert.Equal(930_600m, result.Shares.Sum(share => share.Amount));
        Assert.All(result.Shares, share => Assert.Equal(0m, share.Amount % 100m));
        var amounts = result.Shares.ToDictionary(share => share.Name, share => share.Amount);
        // Exact: Luleå 179 657.19 kr, Arjeplog 38 302.28 kr, Boden 85 541.75 kr.
        Assert.Equal(179_700m, amounts["Luleå"]);
        Assert.Equal(38_300m, amounts["Arjeplog"]);
        Assert.Equal(85_500m, amounts["Boden"]);
    }

    [Fact]
    public void Should_MatchTheFraction_When_SameSplitIsGivenAsTwoAmounts()
    {
        var byFraction = Norrbotten.Allocator.Allocate(FiftyFifty(equalFraction: 0.5m));
        var byAmounts = Norrbotten.Allocator.Allocate(FiftyFifty(equalAmount: 465_300m, populationAmount: 465_300m));

        Assert.Equal(byFraction.Shares, byAmounts.Shares);
    }

    [Theory]
    [InlineData(1.0, AllocationModel.Equal)]
    [InlineData(0.0, AllocationModel.Population)]
    public void Should_EqualTheSingleModel_When_FractionIsAtAnEnd(double fraction, AllocationModel same)
    {
        var participants = new[] { "Kiruna", "Gällivare", "Pajala", "Jokkmokk" };
        var hybrid = Norrbotten.Allocator.Allocate(new AllocationRequest
        {
            Model = AllocationModel.Hybrid,
            Total = 123_457m,
            Participants = participants,
            PopulationYear = 2019,
            EqualFraction = (decimal)fraction,
        });
        var single = Norrbotten.Allocator.Allocate(new AllocationRequest
        {
            Model = same,
            Total = 123_457m,
            Participants = participants,
            PopulationYear = 2019,
        });

        Assert.Equal(single.Shares, hybrid.Shares);
    }

    [Fact]
    public void Should_AddEqualAndPopulationParts_When_AmountsAreUneven()
    {
        // 700 kr equally (350 each) + 300 kr by 2020 population: Luleå 289.97, Arjeplog 10.03.
        var amounts = Norrbotten.AmountsByName(new AllocationRequest
        {
            Model = AllocationModel.Hybrid,
            Total = 1_000m,
            Participants = ["Luleå", "Arjeplog"],
            PopulationYear = 2020,
            EqualAmount = 700m,
            PopulationAmount = 300m,
        });

        Assert.Equal(640m, amounts["Luleå"]);
        Assert.Equal(360m, amounts["Arjeplog"]);
    }

    private static AllocationRequest FiftyFifty(decimal? equalFraction = null, decimal? equalAmount = null, decimal? populationAmount = null) => new()
    {
        Model = AllocationModel.Hybrid,
        Total = 930_600m,
        Participants = Norrbotten.AllCodes,
        PopulationYear = 2020,
        RoundTo = 100m,
        EqualFraction = equalFraction,
        EqualAmount = equalAmount,
        PopulationAmount = populationAmount,
    };
}
