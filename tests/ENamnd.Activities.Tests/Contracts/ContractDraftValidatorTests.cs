using ENamnd.Activities.Contracts;
using static ENamnd.Activities.Tests.Contracts.ContractDrafts;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>A contract as written by the coordinator, checked into terms; every problem named in Swedish.</summary>
public sealed class ContractDraftValidatorTests
{
    [Fact]
    public void Should_BuildTrimmedTermsWithCanonicalNames_When_TheDraftIsValid()
    {
        var (terms, errors) = ContractDraftValidator.Validate(Example, Registry);

        Assert.Empty(errors);
        Assert.NotNull(terms);
        Assert.Equal("E-tjänsteplattform", terms.Name);
        Assert.Equal(ContractKind.GemensamtAvtal, terms.Kind);
        Assert.Equal((Day("2018-01-01"), Day("2027-12-31"), 6), (terms.StartDate, terms.EndDate, terms.NoticePeriodMonths));
        Assert.Equal([new ContractOption(24, Day("2027-03-31"))], terms.Options);
        Assert.Equal(["Luleå", "Boden"], terms.Municipalities);
        Assert.Equal("2021/29-2.2.0.1", terms.CaseNumber);
    }

    [Fact]
    public void Should_NameEveryMissingTerm_When_TheDraftIsEmpty()
    {
        var (terms, errors) = ContractDraftValidator.Validate(new ContractDraft(), Registry);

        Assert.Null(terms);
        Assert.Equal(
        [
            "Avtalets namn saknas (name).",
            "Leverantör saknas (supplier).",
            "Avtalstyp saknas (kind: Ramavtal eller GemensamtAvtal).",
            "Startdatum saknas (startDate, ÅÅÅÅ-MM-DD).",
            "Slutdatum saknas (endDate, ÅÅÅÅ-MM-DD).",
            "Avtalsägare saknas (owner: en e-postadress eller roll:<roll>).",
            "Ange minst en deltagande kommun (municipalities).",
        ], errors);
    }

    [Fact]
    public void Should_TreatBlankTextAsMissing_When_OnlySpacesAreGiven()
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Name = "  ", Supplier = "\t", Owner = " ", Municipalities = [" ", null] }, Registry);

        Assert.Equal(
        [
            "Avtalets namn saknas (name).",
            "Leverantör saknas (supplier).",
            "Avtalsägare saknas (owner: en e-postadress eller roll:<roll>).",
            "Ange minst en deltagande kommun (municipalities).",
        ], errors);
    }

    [Theory]
    [InlineData("Ramavtal", ContractKind.Ramavtal)]
    [InlineData("ramavtal", ContractKind.Ramavtal)]
    [InlineData(" GEMENSAMTAVTAL ", ContractKind.GemensamtAvtal)]
    public void Should_AcceptTheKindInAnyCase_When_ItIsNamed(string kind, ContractKind expected)
    {
        Assert.Equal(expected, ContractDraftValidator.Validate(Example with { Kind = kind }, Registry).Terms?.Kind);
    }

    [Theory]
    [InlineData("Hyresavtal")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("Ramavtal, GemensamtAvtal")]
    public void Should_RefuseTheKind_When_ItIsUnknownOrANumber(string kind)
    {
        var (terms, errors) = ContractDraftValidator.Validate(Example with { Kind = kind }, Registry);

        Assert.Null(terms);
        Assert.Equal([$"Okänd avtalstyp: '{kind}' (kind: Ramavtal eller GemensamtAvtal)."], errors);
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("2027-02-29")]
    [InlineData("2027-1-01")]
    [InlineData("1 januari 2018")]
    [InlineData("2018-01-01T00:00")]
    public void Should_RefuseTheStartDate_When_ItIsNotAnIsoCalendarDay(string start)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { StartDate = start }, Registry);

        Assert.Equal([$"Ogiltigt startdatum: '{start}' (startDate, ÅÅÅÅ-MM-DD)."], errors);
    }

    [Fact]
    public void Should_AcceptALeapDay_When_TheYearHasOne()
    {
        var (terms, errors) = ContractDraftValidator.Validate(Example with { StartDate = "2024-02-29", EndDate = "2028-02-29", Options = [] }, Registry);

        Assert.Empty(errors);
        Assert.Equal((Day("2024-02-29"), Day("2028-02-29")), (terms!.StartDate, terms.EndDate));
    }

    [Theory]
    [InlineData("2018-01-01")]
    [InlineData("2017-12-31")]
    public void Should_RefuseTheEnd_When_ItIsNotAfterTheStart(string end)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { EndDate = end, Options = [] }, Registry);

        Assert.Equal(["Slutdatum (endDate) måste vara efter startdatum (startDate)."], errors);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(0, 0)]
    [InlineData(240, 240)]
    public void Should_AcceptTheNoticePeriod_When_ItIsWithinTwentyYears(int? notice, int expected)
    {
        Assert.Equal(expected, ContractDraftValidator.Validate(Example with { NoticePeriodMonths = notice }, Registry).Terms?.NoticePeriodMonths);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(241)]
    public void Should_RefuseTheNoticePeriod_When_ItIsOutsideZeroToTwentyYears(int notice)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { NoticePeriodMonths = notice }, Registry);

        Assert.Equal(["Uppsägningstiden (noticePeriodMonths) måste vara mellan 0 och 240 månader."], errors);
    }

    [Theory]
    [InlineData("samordnare@example.org")]
    [InlineData(" samordnare@example.org ")]
    [InlineData("roll:samordnare")]
    [InlineData("roll:E-samordnare")]
    [InlineData("roll:styrgrupp@ärendet")]
    public void Should_AcceptTheOwner_When_ItIsAnAddressOrAKnownRole(string owner)
    {
        Assert.Equal(owner.Trim(), ContractDraftValidator.Validate(Example with { Owner = owner }, Registry).Terms?.Owner);
    }

    [Theory]
    [InlineData("inte en adress")]
    [InlineData("Samordnaren <samordnare@example.org>")]
    public void Should_RefuseTheOwner_When_ItIsNeitherAnAddressNorARole(string owner)
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Owner = owner }, Registry);

        Assert.Equal([$"Ogiltig avtalsägare: '{owner}' (owner: en e-postadress eller roll:<roll>)."], errors);
    }

    [Fact]
    public void Should_NameTheRole_When_TheOwnersRoleIsUnknown()
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Owner = "roll:vaktmästare@Luleå" }, Registry);

        Assert.Equal(["Okänd roll för avtalsägaren: 'vaktmästare' (owner)."], errors);
    }

    [Fact]
    public void Should_ListEachMunicipalityOnceByItsName_When_GivenByCodeAndNameInAnyCase()
    {
        var (terms, _) = ContractDraftValidator.Validate(Example with { Municipalities = ["2580", "LULEÅ", " Övertorneå ", "", "Piteå"] }, Registry);

        Assert.Equal(["Luleå", "Övertorneå", "Piteå"], terms!.Municipalities);
    }

    [Fact]
    public void Should_NameOnlyTheUnknownMunicipalities_When_NoneIsKnown()
    {
        var (_, errors) = ContractDraftValidator.Validate(Example with { Municipalities = ["Gotham", "Lulea"] }, Registry);

        // No "at least one" on top: the unknown names already say what is wrong.
        Assert.Equal(["Okänd kommun: 'Gotham' (municipalities).", "Okänd kommun: 'Lulea' (municipalities)."], errors);
    }

    [Fact]
    public void Should_ListEveryProblemAndBuildNothing_When_ManyTermsAreWrong()
    {
        var draft = new ContractDraft
        {
            Name = " ",
            Kind = "Hyresavtal",
            StartDate = "2027-13-01",
            EndDate = "2020-01-01",
            NoticePeriodMonths = -1,
            Options = [new ContractOptionDraft { ExtendMonths = 0, DecideBy = "2030-01-01" }],
            Owner = "inte en adress",
            Municipalities = ["Luleå", "Gotham"],
        };

        var (terms, errors) = ContractDraftValidator.Validate(draft, Registry);

        Assert.Null(terms);
        Assert.Equal(
        [
            "Avtalets namn saknas (name).",
            "Leverantör saknas (supplier).",
            "Okänd avtalstyp: 'Hyresavtal' (kind: Ramavtal eller GemensamtAvtal).",
            "Ogiltigt startdatum: '2027-13-01' (startDate, ÅÅÅÅ-MM-DD).",
            "Uppsägningstiden (noticePeriodMonths) måste vara mellan 0 och 240 månader.",
            "Option 1: förlängningen (extendMonths) måste vara mellan 1 och 240 månader.",
            "Ogiltig avtalsägare: 'inte en adress' (owner: en e-postadress eller roll:<roll>).",
            "Okänd kommun: 'Gotham' (municipalities).",
        ], errors);
    }

    [Theory]
    [InlineData("2027-03-31", "2027-03-31")]
    [InlineData(" 2024-02-29 ", "2024-02-29")]
    [InlineData("2023-02-29", null)]
    [InlineData("31/03/2027", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Should_ReadOnlyIsoDays_When_ParsingADate(string? text, string? expected)
    {
        Assert.Equal(expected is null ? null : Day(expected), PlausibleDates.Parse(text));
    }

}
