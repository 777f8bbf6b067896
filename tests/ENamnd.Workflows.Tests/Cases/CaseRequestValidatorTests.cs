using ENamnd.Activities.Municipalities;
using ENamnd.Workflows.Cases;

namespace ENamnd.Workflows.Tests.Cases;

/// <summary>A new case checked before its main process starts: title, case number, two or more initiating municipalities, budgets per phase.</summary>
public sealed class CaseRequestValidatorTests
{
    private static readonly MunicipalityRegistry Municipalities = MunicipalityRegistry.Default;

    private static readonly CreateCaseRequest Valid = new()
    {
        Title = "Gemensam e-arkivlösning",
        CaseNumber = "2021/29-2.2.0.1",
        InitiatingMunicipalities = ["Boden", "Piteå"],
    };

    [Fact]
    public void Should_FindNoProblemAndGiveTheCodes_When_TheRequestIsValid()
    {
        var (errors, initiators) = CaseRequestValidator.Validate(Valid, Municipalities);

        Assert.Empty(errors);
        Assert.Equal(["2582", "2581"], initiators);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_AskForATitle_When_ItIsMissing(string? title)
    {
        Assert.Equal(["title: ärendet måste ha en rubrik."], CaseRequestValidator.Validate(Valid with { Title = title }, Municipalities).Errors);
    }

    [Fact]
    public void Should_AcceptThreeHundredCharactersButNotMore_When_TheTitleIsLong()
    {
        Assert.Empty(CaseRequestValidator.Validate(Valid with { Title = new string('a', 300) }, Municipalities).Errors);
        Assert.Equal(["title: rubriken får vara högst 300 tecken."], CaseRequestValidator.Validate(Valid with { Title = new string('a', 301) }, Municipalities).Errors);
    }

    [Theory]
    [InlineData("2021/29-2.2.0.1")]
    [InlineData("2022/1")]
    [InlineData("2022/123-1")]
    [InlineData(" 2022/1-2.2.0.1 ")]
    public void Should_AcceptTheCaseNumber_When_ItIsYearSlashSerialAndAnOptionalClassification(string caseNumber)
    {
        Assert.Empty(CaseRequestValidator.Validate(Valid with { CaseNumber = caseNumber }, Municipalities).Errors);
    }

    [Theory]
    [InlineData("ärende 7")]
    [InlineData("22/1-2.2.0.1")]
    [InlineData("2022-1-2.2.0.1")]
    [InlineData("2022/")]
    [InlineData("2022/1-")]
    [InlineData("2022/1-2.2.a")]
    [InlineData("2022/1 2.2.0.1")]
    [InlineData("٢٠٢٢/١")]
    public void Should_RefuseTheCaseNumber_When_ItDoesNotFollowTheForm(string caseNumber)
    {
        Assert.Equal([$"caseNumber: '{caseNumber}' är inget ärendenummer (år/löpnummer-klassificering, t.ex. 2022/1-2.2.0.1)."],
            CaseRequestValidator.Validate(Valid with { CaseNumber = caseNumber }, Municipalities).Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Should_AskForACaseNumber_When_ItIsMissing(string? caseNumber)
    {
        Assert.Equal(["caseNumber: ärendenummer saknas."], CaseRequestValidator.Validate(Valid with { CaseNumber = caseNumber }, Municipalities).Errors);
    }

    [Fact]
    public void Should_AcceptNamesAndCodesInAnyCase_When_TwoMunicipalitiesInitiate()
    {
        var (errors, initiators) = CaseRequestValidator.Validate(Valid with { InitiatingMunicipalities = ["luleå", "2514", " ÖVERTORNEÅ "] }, Municipalities);

        Assert.Empty(errors);
        Assert.Equal(["2580", "2514", "2518"], initiators);
    }

    [Theory]
    [InlineData("Boden")]
    [InlineData("Boden|Boden")]
    [InlineData("Boden|2582|BODEN")]
    public void Should_RefuseTheCase_When_FewerThanTwoDifferentMunicipalitiesInitiate(string names)
    {
        var (errors, initiators) = CaseRequestValidator.Validate(Valid with { InitiatingMunicipalities = names.Split('|') }, Municipalities);

        Assert.Equal(["initiatingMunicipalities: nämnden tar bara uppdrag på initiativ av två eller fler kommuner."], errors);
        Assert.Equal(["2582"], initiators);
    }

    [Fact]
    public void Should_RefuseTheCase_When_NoMunicipalityIsGiven()
    {
        Assert.Equal(["initiatingMunicipalities: nämnden tar bara uppdrag på initiativ av två eller fler kommuner."],
            CaseRequestValidator.Validate(Valid with { InitiatingMunicipalities = null }, Municipalities).Errors);
    }

    [Fact]
    public void Should_NameTheUnknownMunicipalityAndNotCountIt_When_OneIsUnknown()
    {
        var (errors, initiators) = CaseRequestValidator.Validate(Valid with { InitiatingMunicipalities = ["Boden", "Atlantis", "Lulea"] }, Municipalities);

        Assert.Equal(
        [
            "initiatingMunicipalities: okänd kommun 'Atlantis'.",
            "initiatingMunicipalities: okänd kommun 'Lulea'.",
            "initiatingMunicipalities: nämnden tar bara uppdrag på initiativ av två eller fler kommuner.",
        ], errors);
        Assert.Equal(["2582"], initiators);
    }

    [Fact]
    public void Should_AcceptBudgetsInWholeKronor_When_TheirPhasesAreKnown()
    {
        var budgets = new Dictionary<string, decimal> { ["KvalificeringAvIde"] = 1m, ["Forstudie"] = 250_000m, ["Realisering"] = 1_200_000.00m };

        Assert.Empty(CaseRequestValidator.Validate(Valid with { Budgets = budgets }, Municipalities).Errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1000.50)]
    [InlineData(0.01)]
    public void Should_RefuseTheBudget_When_ItIsNotAPositiveWholeAmount(double amount)
    {
        var budgets = new Dictionary<string, decimal> { ["Forstudie"] = (decimal)amount };

        Assert.Equal(["budgets.Forstudie: budgeten ska vara ett positivt belopp i hela kronor."],
            CaseRequestValidator.Validate(Valid with { Budgets = budgets }, Municipalities).Errors);
    }

    [Theory]
    [InlineData("Månfärd")]
    [InlineData("forstudie")]
    [InlineData("Förstudie")]
    public void Should_ListTheValidPhases_When_ABudgetNamesAnUnknownOne(string phase)
    {
        var budgets = new Dictionary<string, decimal> { [phase] = 5m };

        Assert.Equal([$"budgets: okänd fas '{phase}' (giltiga: KvalificeringAvIde, Forstudie, Utvecklingsprojekt, Realisering, Inforande, Forvaltning)."],
            CaseRequestValidator.Validate(Valid with { Budgets = budgets }, Municipalities).Errors);
    }

    [Fact]
    public void Should_ListEveryProblem_When_TheWholeRequestIsWrong()
    {
        var request = new CreateCaseRequest
        {
            Title = "",
            CaseNumber = "ärende 7",
            InitiatingMunicipalities = ["Atlantis"],
            Budgets = new Dictionary<string, decimal> { ["Månfärd"] = 5m, ["Forstudie"] = -1m },
        };

        var (errors, initiators) = CaseRequestValidator.Validate(request, Municipalities);

        Assert.Equal(
        [
            "title: ärendet måste ha en rubrik.",
            "caseNumber: 'ärende 7' är inget ärendenummer (år/löpnummer-klassificering, t.ex. 2022/1-2.2.0.1).",
            "initiatingMunicipalities: okänd kommun 'Atlantis'.",
            "initiatingMunicipalities: nämnden tar bara uppdrag på initiativ av två eller fler kommuner.",
            "budgets: okänd fas 'Månfärd' (giltiga: KvalificeringAvIde, Forstudie, Utvecklingsprojekt, Realisering, Inforande, Forvaltning).",
            "budgets.Forstudie: budgeten ska vara ett positivt belopp i hela kronor.",
        ], errors);
        Assert.Empty(initiators);
    }
}
