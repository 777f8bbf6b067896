using ENamnd.Persistence.Ledger;

namespace ENamnd.Persistence.Tests.Ledger;

/// <summary>A ledger key's stored form is its kind and occasion; the subject travels beside it.</summary>
public class LedgerKeyTests
{
    [Fact]
    public void Should_JoinKindAndOccasion_When_Stored()
    {
        var key = new LedgerKey("contract-alert", "contract:a", "a:2027-03-31:6m");

        Assert.Equal("contract-alert:a:2027-03-31:6m", key.Value);
        Assert.Equal(key.Value, key.ToString());
    }

    [Fact]
    public void Should_DifferInValue_When_OnlyTheOccasionDiffers()
    {
        var sixMonths = new LedgerKey("contract-alert", "contract:a", "a:2027-03-31:6m");

        Assert.Equal(sixMonths, new LedgerKey("contract-alert", "contract:a", "a:2027-03-31:6m"));
        Assert.NotEqual(sixMonths.Value, (sixMonths with { Occasion = "a:2027-03-31:3m" }).Value);
    }
}
