using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Equal shares (lika delar).</summary>
public sealed class EqualAllocationTests
{
    [Fact]
    public void Should_SplitBaseFundingEvenly_When_AllFourteenTakePart()
    {
        var result = Norrbotten.Allocator.Allocate(new AllocationRequest
        {
            Model = AllocationModel.Equal,
            Total = 1_400_000m,
            Participants = Norrbotten.AllCodes,
        });

        Assert.Equal(14, result.Shares.Count);
        Assert.All(result.Shares, share => Assert.Equal(100_000m, share.Amount));
        Assert.All(result.Shares, share => Assert.Equal(7.14m, share.Percent));
    }

    [Fact]
    public void Should_GiveTheExtraKronaToTheLargestPopulation_When_HundredIsSplitInThree()
    {
        var amounts = Norrbotten.AmountsByName(new AllocationRequest
        {
            Model = AllocationModel.Equal,
            Total = 100m,
            Participants = ["Arjeplog", "Luleå", "Kalix"],
        });

        Assert.Equal(33m, amounts["Arjeplog"]);
        Assert.Equal(33m, amounts["Kalix"]);
        Assert.Equal(34m, amounts["Luleå"]);
    }

    [Fact]
    public void Should_IgnoreHybridAndCapFields_When_ModelIsEqual()
    {
        var amounts = Norrbotten.AmountsByName(new AllocationRequest
        {
            Model = AllocationModel.Equal,
            Total = 90m,
            Participants = ["Boden", "Piteå"],
            EqualFraction = 2m,
            Caps = new Dictionary<string, decimal> { ["Boden"] = 1m },
        });

        Assert.Equal(45m, amounts["Boden"]);
        Assert.Equal(45m, amounts["Piteå"]);
    }
}
