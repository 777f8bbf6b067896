using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using static ENamnd.Activities.Tests.Allocation.Rejections;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Requests that every model rejects: amounts, participants and population year.</summary>
public sealed class AllocationValidationTests
{
    private static readonly AllocationRequest Valid = new()
    {
        Model = AllocationModel.Population,
        Total = 10_000m,
        Participants = ["Luleå", "Kiruna"],
        PopulationYear = 2020,
    };

    [Fact]
    public void Should_NameEveryUnknownMunicipality_When_ParticipantsAreUnknown()
    {
        var exception = AssertRejected(Valid with { Participants = ["Luleå", "Stockholm", "Lulea"] }, "\"Stockholm\"", "\"Lulea\"");

        Assert.IsType<UnknownMunicipalityException>(exception.InnerException);
        Assert.DoesNotContain("Luleå", exception.Message);
    }

    [Fact]
    public void Should_Reject_When_TotalIsNegative() =>
        AssertRejected(Valid with { Total = -1m }, "negativt");

    [Fact]
    public void Should_Reject_When_TotalIsNotWholeKronor() =>
        AssertRejected(Valid with { Total = 100.50m }, "hela kronor");

    [Fact]
    public void Should_Reject_When_ThereAreNoParticipants() =>
        AssertRejected(Valid with { Participants = [] }, "minst en");

    [Fact]
    public void Should_Reject_When_ParticipantsAreMissing() =>
        AssertRejected(Valid with { Participants = null! }, "minst en");

    [Fact]
    public void Should_NameTheMunicipality_When_ItIsListedTwiceByNameAndCode() =>
        AssertRejected(Valid with { Participants = ["Luleå", "Kiruna", "2580"] }, "Luleå");

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(0.5)]
    public void Should_Reject_When_RoundToIsNotAPositiveWholeAmount(double roundTo) =>
        AssertRejected(Valid with { RoundTo = (decimal)roundTo }, "Avrundningen");

    [Theory]
    [InlineData(AllocationModel.Population)]
    [InlineData(AllocationModel.Hybrid)]
    public void Should_UseTheLatestYear_When_PopulationYearIsMissing(AllocationModel model)
    {
        var request = Valid with { Model = model, PopulationYear = null, EqualFraction = model == AllocationModel.Hybrid ? 0.5m : null };

        var result = Norrbotten.Allocator.Allocate(request);

        Assert.Equal(2025, result.PopulationYear);
        Assert.Equal(Norrbotten.Allocator.Allocate(request with { PopulationYear = 2025 }).Shares, result.Shares);
    }

    [Theory]
    [InlineData(AllocationModel.Population)]
    [InlineData(AllocationModel.Equal)]
    public void Should_NameTheYearAndTheKnownOnes_When_PopulationYearIsUnknown(AllocationModel model) =>
        AssertRejected(Valid with { Model = model, PopulationYear = 2017 }, "2017", "2018, 2019, 2020, 2025");

    [Fact]
    public void Should_Reject_When_ModelIsUnknown() =>
        AssertRejected(Valid with { Model = (AllocationModel)42 }, "42");
}
