using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Split by population at 31 December (invånarantal), checked against the real SCB figures.</summary>
public sealed class PopulationAllocationTests
{
    [Theory]
    [InlineData(2018, 250_497)]
    [InlineData(2019, 250_093)]
    [InlineData(2020, 249_614)]
    [InlineData(2025, 248_943)]
    public void Should_ChargeOneKronaPerInhabitant_When_TotalEqualsPopulationOfThatYear(int year, int total)
    {
        var result = Norrbotten.Allocator.Allocate(new AllocationRequest
        {
            Model = AllocationModel.Population,
            Total = total,
            Participants = Norrbotten.AllCodes,
            PopulationYear = year,
        });

        Assert.Equal(year, result.PopulationYear);
        Assert.All(result.Shares, share => Assert.Equal(Norrbotten.Registry.Find(share.Code)!.PopulationAt(year), share.Amount));
    }

    [Fact]
    public void Should_ChangeTheSplit_When_PopulationYearChanges()
    {
        var by2018 = Norrbotten.AmountsByName(Request(2018));
        var by2020 = Norrbotten.AmountsByName(Request(2020));

        // Luleå grew from 31.07 % to 31.47 % of the county while Arjeplog shrank.
        Assert.Equal(77_832m, by2018["Luleå"]);
        Assert.Equal(78_827m, by2020["Luleå"]);
        Assert.Equal(2_794m, by2018["Arjeplog"]);
        Assert.Equal(2_728m, by2020["Arjeplog"]);
        Assert.Equal(250_497m, by2020.Values.Sum());
    }

    [Fact]
    public void Should_SplitBetweenParticipantsOnly_When_NotAllTakePart()
    {
        // Luleå 78 549 and Boden 28 060 in 2020: 106 609 inhabitants, so 106 609 kr is one krona each.
        var amounts = Norrbotten.AmountsByName(new AllocationRequest
        {
            Model = AllocationModel.Population,
            Total = 106_609m,
            Participants = ["2580", "Boden"],
            PopulationYear = 2020,
        });

        Assert.Equal(2, amounts.Count);
        Assert.Equal(78_549m, amounts["Luleå"]);
        Assert.Equal(28_060m, amounts["Boden"]);
    }

    [Fact]
    public void Should_ReportPercentOfTotal_When_SplitByPopulation()
    {
        var result = Norrbotten.Allocator.Allocate(Request(2018));

        Assert.Equal(31.07m, result.Shares.Single(share => share.Name == "Luleå").Percent);
        Assert.Equal(1.12m, result.Shares.Single(share => share.Name == "Arjeplog").Percent);
    }

    private static AllocationRequest Request(int year) => new()
    {
        Model = AllocationModel.Population,
        Total = 250_497m,
        Participants = Norrbotten.AllCodes,
        PopulationYear = year,
    };
}
