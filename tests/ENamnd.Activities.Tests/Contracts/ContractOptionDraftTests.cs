using ENamnd.Activities.Contracts;
using static ENamnd.Activities.Tests.Contracts.ContractDrafts;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>A contract's options as written by the coordinator: months, decision days in order and within the end they extend, status by name.</summary>
public sealed class ContractOptionDraftTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(241)]
    public void Should_RefuseTheOption_When_ItsMonthsAreMissingOrOutOfRange(int? months)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = [new ContractOptionDraft { ExtendMonths = months, DecideBy = "2027-03-31" }] }, Registry);

        Assert.Equal(["Option 1: förlängningen (extendMonths) måste vara mellan 1 och 240 månader."], errors);
    }

    [Fact]
    public void Should_NameTheOptionByPosition_When_AnOptionIsEmptyOrLacksItsDay()
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = [null, new ContractOptionDraft { ExtendMonths = 12 }] }, Registry);

        Assert.Equal(["Option 1 är tom (options).", "Sista beslutsdag för option 2 saknas (decideBy, ÅÅÅÅ-MM-DD)."], errors);
    }

    [Fact]
    public void Should_RefuseTheOptionsDay_When_ItIsNoCalendarDay()
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = [new ContractOptionDraft { ExtendMonths = 12, DecideBy = "2027-02-29" }] }, Registry);

        var error = Assert.Single(errors);
        Assert.EndsWith(" sista beslutsdag för option 1: '2027-02-29' (decideBy, ÅÅÅÅ-MM-DD).", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Open", ContractOptionStatus.Open)]
    [InlineData("exercised", ContractOptionStatus.Exercised)]
    [InlineData(" Declined ", ContractOptionStatus.Declined)]
    [InlineData(null, ContractOptionStatus.Open)]
    [InlineData("", ContractOptionStatus.Open)]
    public void Should_ReadTheOptionsStatus_When_ItIsNamedOrLeftOut(string? status, ContractOptionStatus expected)
    {
        var (terms, errors) = ContractDraftValidator.Validate(Example with { Options = [new ContractOptionDraft { ExtendMonths = 24, DecideBy = "2027-03-31", Status = status }] }, Registry);

        Assert.Empty(errors);
        Assert.Equal(expected, Assert.Single(terms!.Options).Status);
    }

    [Theory]
    [InlineData("Utnyttjad")]
    [InlineData("2")]
    [InlineData("Exercised,Declined")]
    public void Should_RefuseTheOptionsStatus_When_ItIsUnknownOrANumber(string status)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = [new ContractOptionDraft { ExtendMonths = 24, DecideBy = "2027-03-31", Status = status }] }, Registry);

        Assert.Equal([$"Option 1: okänd status '{status}' (Open, Exercised eller Declined)."], errors);
    }

    [Theory]
    [InlineData("2027-12-31")]
    [InlineData("2028-01-01")]
    public void Should_RefuseAnOpenOption_When_ItIsDecidedOnOrAfterTheEndItExtends(string decideBy)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = [new ContractOptionDraft { ExtendMonths = 24, DecideBy = decideBy }] }, Registry);

        Assert.Equal(["Option 1: sista beslutsdag (decideBy) måste vara före det slutdatum optionen förlänger (2027-12-31)."], errors);
    }

    [Fact]
    public void Should_CheckEachOpenOptionAgainstTheEndTheEarlierOnesReach_When_OptionsFollowEachOther()
    {
        // 2027-12-31 + 24 months: the second option must be decided before 2029-12-31.
        ContractOptionDraft[] fits = [new() { ExtendMonths = 24, DecideBy = "2027-03-31" }, new() { ExtendMonths = 12, DecideBy = "2029-12-30" }];
        ContractOptionDraft[] late = [new() { ExtendMonths = 24, DecideBy = "2027-03-31" }, new() { ExtendMonths = 12, DecideBy = "2029-12-31" }];

        Assert.Empty(ContractDraftValidator.Validate(Example with { Options = fits }, Registry).Errors);
        Assert.Equal(["Option 2: sista beslutsdag (decideBy) måste vara före det slutdatum optionen förlänger (2029-12-31)."],
            ContractDraftValidator.Validate(Example with { Options = late }, Registry).Errors);
    }

    [Fact]
    public void Should_ClampTheExtendedEndToTheMonthsEnd_When_AnOptionExtendsALeapDay()
    {
        // 2028-02-29 + 12 months is 2029-02-28, so the next option must be decided by 2029-02-27.
        var draft = Example with
        {
            EndDate = "2028-02-29",
            Options = [new ContractOptionDraft { ExtendMonths = 12, DecideBy = "2027-09-30" }, new ContractOptionDraft { ExtendMonths = 12, DecideBy = "2029-02-28" }],
        };

        Assert.Equal(["Option 2: sista beslutsdag (decideBy) måste vara före det slutdatum optionen förlänger (2029-02-28)."],
            ContractDraftValidator.Validate(draft, Registry).Errors);
    }

    [Theory]
    [InlineData("2027-03-31")]
    [InlineData("2027-01-31")]
    public void Should_RefuseAnOpenOption_When_ItIsNotDecidedAfterThePreviousOne(string secondDecideBy)
    {
        ContractOptionDraft[] options = [new() { ExtendMonths = 24, DecideBy = "2027-03-31" }, new() { ExtendMonths = 12, DecideBy = secondDecideBy }];

        var (_, errors) = ContractDraftValidator.Validate(Example with { Options = options }, Registry);

        Assert.Equal(["Option 2: sista beslutsdag (decideBy) måste vara efter föregående options."], errors);
    }

    [Fact]
    public void Should_KeepDecidedOptionsAsHistory_When_TheyAreNotBeforeTheEnd()
    {
        // The exercised option already moved the end to 2027-12-31; neither it nor the declined one is checked against that end.
        ContractOptionDraft[] options =
        [
            new() { ExtendMonths = 24, DecideBy = "2025-03-31", Status = "Exercised" },
            new() { ExtendMonths = 12, DecideBy = "2030-01-01", Status = "Declined" },
            new() { ExtendMonths = 12, DecideBy = "2027-03-31" },
        ];

        var (terms, errors) = ContractDraftValidator.Validate(Example with { Options = options }, Registry);

        Assert.Empty(errors);
        Assert.Equal([ContractOptionStatus.Exercised, ContractOptionStatus.Declined, ContractOptionStatus.Open], terms!.Options.Select(o => o.Status));
    }
}
