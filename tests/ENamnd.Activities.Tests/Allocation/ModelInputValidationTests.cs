using ENamnd.Activities.Allocation;
using static ENamnd.Activities.Tests.Allocation.Rejections;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Requests rejected for the inputs of one model: the hybrid parts and the caps.</summary>
public sealed class ModelInputValidationTests
{
    private static readonly AllocationRequest Hybrid = new()
    {
        Model = AllocationModel.Hybrid,
        Total = 1_000m,
        Participants = ["Luleå", "Kiruna"],
        PopulationYear = 2020,
    };

    private static readonly AllocationRequest Capped = new()
    {
        Model = AllocationModel.Capped,
        Total = 1_000m,
        Participants = ["Luleå", "Kiruna", "Pajala"],
        Caps = new Dictionary<string, decimal> { ["Luleå"] = 600m, ["Kiruna"] = 300m, ["Pajala"] = 100m },
    };

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Should_Reject_When_EqualFractionIsOutsideZeroToOne(double fraction) =>
        AssertRejected(Hybrid with { EqualFraction = (decimal)fraction }, "mellan 0 och 1");

    [Fact]
    public void Should_Reject_When_FractionAndAmountsAreBothGiven() =>
        AssertRejected(Hybrid with { EqualFraction = 0.5m, EqualAmount = 500m, PopulationAmount = 500m }, "inte båda");

    [Fact]
    public void Should_Reject_When_NeitherFractionNorAmountsAreGiven() =>
        AssertRejected(Hybrid, "equalFraction");

    [Fact]
    public void Should_Reject_When_OnlyOneAmountIsGiven() =>
        AssertRejected(Hybrid with { EqualAmount = 1_000m }, "populationAmount");

    [Fact]
    public void Should_Reject_When_AmountsDoNotSumToTheTotal() =>
        AssertRejected(Hybrid with { EqualAmount = 600m, PopulationAmount = 500m }, "totalbeloppet");

    [Fact]
    public void Should_Reject_When_AnAmountIsNegative() =>
        AssertRejected(Hybrid with { EqualAmount = 1_200m, PopulationAmount = -200m }, "negativa");

    [Fact]
    public void Should_NameEveryParticipant_When_CapsAreMissing() =>
        AssertRejected(Capped with { Caps = null }, "Luleå", "Kiruna", "Pajala");

    [Fact]
    public void Should_NameTheParticipantWithoutCap_When_OneCapIsMissing()
    {
        var exception = AssertRejected(Capped with { Caps = new Dictionary<string, decimal> { ["Luleå"] = 600m, ["2584"] = 400m } }, "Pajala");

        Assert.DoesNotContain("Kiruna", exception.Message);
    }

    [Fact]
    public void Should_Reject_When_TotalExceedsTheSumOfCaps() =>
        AssertRejected(Capped with { Total = 1_001m }, "överstiger");

    [Fact]
    public void Should_NameTheMunicipality_When_ItsCapIsNotPositive() =>
        AssertRejected(Capped with { Total = 900m, Caps = new Dictionary<string, decimal> { ["Luleå"] = 600m, ["Kiruna"] = 300m, ["Pajala"] = 0m } }, "Pajala");

    [Fact]
    public void Should_NameTheUnknownMunicipality_When_ACapIsForAnUnknownOne() =>
        AssertRejected(Capped with { Caps = new Dictionary<string, decimal>(Capped.Caps!) { ["Haparandaa"] = 1m } }, "\"Haparandaa\"");

    [Fact]
    public void Should_NameTheMunicipality_When_ItsCapIsGivenTwice() =>
        AssertRejected(Capped with { Caps = new Dictionary<string, decimal>(Capped.Caps!) { ["2580"] = 600m } }, "Luleå");
}
