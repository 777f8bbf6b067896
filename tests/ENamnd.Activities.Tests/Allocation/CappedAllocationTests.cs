using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Split in proportion to agreed maximums (maxbelopp).</summary>
public sealed class CappedAllocationTests
{
    private static readonly Dictionary<string, decimal> Caps = new()
    {
        ["Luleå"] = 300_000m,
        ["2582"] = 200_000m,
        ["kalix"] = 100_000m,
    };

    [Fact]
    public void Should_KeepTheCapProportions_When_ActualCostIsBelowTheCaps()
    {
        var result = Norrbotten.Allocator.Allocate(Request(300_000m));
        var amounts = result.Shares.ToDictionary(share => share.Name, share => share.Amount);

        Assert.Equal(150_000m, amounts["Luleå"]);
        Assert.Equal(100_000m, amounts["Boden"]);
        Assert.Equal(50_000m, amounts["Kalix"]);
        Assert.Equal([50m, 33.33m, 16.67m], result.Shares.Select(share => share.Percent));
        Assert.Null(result.PopulationYear);
    }

    [Fact]
    public void Should_ChargeEveryCap_When_ActualCostEqualsTheSumOfCaps()
    {
        var amounts = Norrbotten.AmountsByName(Request(600_000m));

        Assert.Equal(300_000m, amounts["Luleå"]);
        Assert.Equal(200_000m, amounts["Boden"]);
        Assert.Equal(100_000m, amounts["Kalix"]);
    }

    [Fact]
    public void Should_GiveTheLeftoverKronaToTheLargestRemainder_When_SharesAreNotWhole()
    {
        // Exact: Luleå 50 000, Boden 33 333.33, Kalix 16 666.67; Kalix's remainder is the largest.
        var amounts = Norrbotten.AmountsByName(Request(100_000m));

        Assert.Equal(50_000m, amounts["Luleå"]);
        Assert.Equal(33_333m, amounts["Boden"]);
        Assert.Equal(16_667m, amounts["Kalix"]);
    }

    [Fact]
    public void Should_IgnoreCapsOfNonParticipants_When_AgreementListsMoreMunicipalities()
    {
        var caps = new Dictionary<string, decimal>(Caps) { ["Piteå"] = 10_000_000m };

        var amounts = Norrbotten.AmountsByName(Request(300_000m) with { Caps = caps });

        Assert.Equal(3, amounts.Count);
        Assert.Equal(150_000m, amounts["Luleå"]);
    }

    private static AllocationRequest Request(decimal total) => new()
    {
        Model = AllocationModel.Capped,
        Total = total,
        Participants = ["Luleå", "Boden", "Kalix"],
        Caps = Caps,
    };
}
