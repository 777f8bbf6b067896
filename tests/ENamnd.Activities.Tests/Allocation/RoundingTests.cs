using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Rounding to a unit with shares that always sum exactly to the total.</summary>
public sealed class RoundingTests
{
    private static readonly string[] ThreeMunicipalities = ["Arjeplog", "Kalix", "Luleå"];

    [Fact]
    public void Should_GiveTheLeftoverHundredToTheLargestPopulation_When_RoundingToHundreds()
    {
        var amounts = Norrbotten.AmountsByName(Equal(1_000m, roundTo: 100m));

        Assert.Equal(300m, amounts["Arjeplog"]);
        Assert.Equal(300m, amounts["Kalix"]);
        Assert.Equal(400m, amounts["Luleå"]);
    }

    [Fact]
    public void Should_GiveTheRestBelowOneUnitToTheParticipantFurthestBelow_When_TotalIsNotAMultipleOfTheUnit()
    {
        // Exact 350 each: floors 300, the whole hundred goes to Luleå (400), then the 50 kr rest goes to
        // Arjeplog or Kalix (both 50 below), Kalix by larger population.
        var amounts = Norrbotten.AmountsByName(Equal(1_050m, roundTo: 100m));

        Assert.Equal(300m, amounts["Arjeplog"]);
        Assert.Equal(350m, amounts["Kalix"]);
        Assert.Equal(400m, amounts["Luleå"]);
    }

    [Fact]
    public void Should_ChargeOneParticipantOnly_When_TotalIsBelowOneUnit()
    {
        var amounts = Norrbotten.AmountsByName(Equal(50m, roundTo: 100m));

        Assert.Equal(0m, amounts["Arjeplog"]);
        Assert.Equal(0m, amounts["Kalix"]);
        Assert.Equal(50m, amounts["Luleå"]);
    }

    [Fact]
    public void Should_ChargeNothing_When_TotalIsZero()
    {
        var result = Norrbotten.Allocator.Allocate(Equal(0m, roundTo: 100m));

        Assert.All(result.Shares, share => Assert.Equal(0m, share.Amount));
        Assert.All(result.Shares, share => Assert.Equal(0m, share.Percent));
    }

    [Fact]
    public void Should_BreakTiesByLowerCode_When_PopulationsAreEqual()
    {
        var twins = new MunicipalityRegistry(
        [
            new Municipality("0001", "Norrby", "Norrby kommun", new Dictionary<int, int> { [2020] = 500 }),
            new Municipality("0002", "Söderby", "Söderby kommun", new Dictionary<int, int> { [2020] = 500 }),
        ]);

        var result = new CostAllocator(twins).Allocate(new AllocationRequest
        {
            Model = AllocationModel.Population,
            Total = 3m,
            Participants = ["Söderby", "Norrby"],
            PopulationYear = 2020,
        });

        Assert.Equal([1m, 2m], result.Shares.Select(share => share.Amount));
    }

    private static AllocationRequest Equal(decimal total, decimal roundTo) => new()
    {
        Model = AllocationModel.Equal,
        Total = total,
        Participants = ThreeMunicipalities,
        RoundTo = roundTo,
    };
}
