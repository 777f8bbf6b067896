using System.Globalization;
using ENamnd.Activities.Contracts;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>The Swedish alert and expiry emails of contract monitoring.</summary>
public sealed class ContractEmailsTests
{
    private const string Owner = "e-samordnaren (Eva Ek)";

    private static readonly ContractOption Option = new(24, new DateOnly(2027, 3, 31));

    private static readonly Contract Platform = new()
    {
        Id = "c1",
        Terms = new ContractTerms
        {
            Name = "E-tjänsteplattform",
            Supplier = "Leverantör AB",
            Kind = ContractKind.GemensamtAvtal,
            StartDate = new DateOnly(2018, 1, 1),
            EndDate = new DateOnly(2027, 12, 31),
            NoticePeriodMonths = 6,
            Options = [Option],
            Owner = "roll:samordnare",
            Municipalities = ["Luleå", "Boden"],
            CaseNumber = "2021/29-2.2.0.1",
        },
    };

    [Theory]
    [InlineData("2026-03-31", "12 månader kvar")]
    [InlineData("2026-12-31", "3 månader kvar")]
    [InlineData("2027-02-28", "1 månad kvar")]
    [InlineData("2027-02-17", "6 veckor kvar")]
    [InlineData("2027-03-29", "2 dagar kvar")]
    [InlineData("2027-03-30", "1 dag kvar")]
    [InlineData("2027-03-31", "sista dagen i dag")]
    public void Should_NameContractDeadlineAndTimeLeft_When_AnAlertSubjectIsWritten(string today, string left)
    {
        var subject = ContractEmails.AlertSubject(Platform, new ContractDeadline(Option.DecideBy, Option), DateOnly.Parse(today, CultureInfo.InvariantCulture));

        Assert.Equal($"Avtalsbevakning: beslut om ”E-tjänsteplattform” senast 31 mars 2027 ({left})", subject);
    }

    [Fact]
    public void Should_SayTheRealTimeLeft_When_TheAlertGoesOutSevenWeeksBeforeTheDeadline()
    {
        // The 3-month alert day has passed and the 1-month one is ahead: the reused label said "3 månader kvar".
        var today = Option.DecideBy.AddDays(-49);

        var subject = ContractEmails.AlertSubject(Platform, new ContractDeadline(Option.DecideBy, Option), today);
        var body = ContractEmails.AlertBody(Platform, new ContractDeadline(Option.DecideBy, Option), today, Owner);

        Assert.EndsWith("(7 veckor kvar)", subject, StringComparison.Ordinal);
        Assert.StartsWith("Om 7 veckor, senast 31 mars 2027, måste ett beslut", body, StringComparison.Ordinal);
        Assert.DoesNotContain("3 månader", subject + body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-30", "Senast i morgon, 31 mars 2027, måste ett beslut")]
    [InlineData("2027-03-31", "Senast i dag, 31 mars 2027, måste ett beslut")]
    [InlineData("2026-10-20", "Om 5 månader och 1 vecka, senast 31 mars 2027, måste ett beslut")]
    public void Should_OpenWithWhenTheDecisionIsDue_When_TheAlertIsSentLate(string today, string opening)
    {
        var body = ContractEmails.AlertBody(Platform, new ContractDeadline(Option.DecideBy, Option), DateOnly.Parse(today, CultureInfo.InvariantCulture), Owner);

        Assert.StartsWith(opening, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AskAboutTheOptionAndListTheFacts_When_TheDeadlineIsAnOptions()
    {
        var body = ContractEmails.AlertBody(Platform, new ContractDeadline(Option.DecideBy, Option), new DateOnly(2026, 12, 31), Owner);

        Assert.Equal(
            """
            Om 3 månader, senast 31 mars 2027, måste ett beslut om avtalet ”E-tjänsteplattform” vara taget: om optionen att förlänga avtalet 24 månader ska utnyttjas.
            Beslutet fattas av nämnden: avtalsägaren och samordnaren lämnar ett förslag till beslut, som anmäls till nämndens sista planerade sammanträde fram till beslutsdagen.

            Avtal: E-tjänsteplattform
            Leverantör: Leverantör AB
            Typ: gemensamt avtal
            Avtalstid: 1 januari 2018 – 31 december 2027
            Uppsägningstid: 6 månader
            Beslut senast: 31 mars 2027
            Option: förlängning 24 månader, beslut senast 31 mars 2027 (öppen)
            Avtalsägare: e-samordnaren (Eva Ek)
            Kommuner: Luleå, Boden
            Ärende: 2021/29-2.2.0.1

            """, body.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("roll:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AskAboutNoticeOrReplacement_When_TheDeadlineIsTheNoticeDeadline()
    {
        var body = ContractEmails.AlertBody(Platform, new ContractDeadline(new DateOnly(2027, 6, 30), null), new DateOnly(2027, 5, 30), Owner);

        Assert.StartsWith("Om 1 månad, senast 30 juni 2027, måste ett beslut om avtalet ”E-tjänsteplattform” vara taget: "
            + "om avtalet ska sägas upp eller ersättas (uppsägningstid 6 månader före avtalets slut).\n", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Beslut senast: 30 juni 2027\n", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SayOneMonthInTheSingular_When_NoticeOrExtensionIsOneMonth()
    {
        var oneMonth = new ContractOption(1, new DateOnly(2027, 3, 31), ContractOptionStatus.Open);
        var contract = Platform with { Terms = Platform.Terms with { NoticePeriodMonths = 1, Options = [oneMonth] } };

        var notice = ContractEmails.AlertBody(contract, new ContractDeadline(new DateOnly(2027, 11, 30), null), new DateOnly(2027, 10, 30), Owner).ReplaceLineEndings("\n");
        var option = ContractEmails.AlertBody(contract, new ContractDeadline(oneMonth.DecideBy, oneMonth), new DateOnly(2027, 2, 28), Owner).ReplaceLineEndings("\n");

        Assert.Contains("(uppsägningstid 1 månad före avtalets slut)", notice, StringComparison.Ordinal);
        Assert.Contains("Uppsägningstid: 1 månad\n", notice, StringComparison.Ordinal);
        Assert.Contains("Option: förlängning 1 månad, beslut senast 31 mars 2027 (öppen)", notice, StringComparison.Ordinal);
        Assert.Contains("om optionen att förlänga avtalet 1 månad ska utnyttjas.", option, StringComparison.Ordinal);
        Assert.DoesNotContain("1 månader", notice + option, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteKindInSwedishAndSayNoOptions_When_AFrameworkAgreementHasNone()
    {
        var contract = Platform with { Terms = Platform.Terms with { Kind = ContractKind.Ramavtal, Options = [], CaseNumber = null } };

        var summary = ContractEmails.Summary(contract, new ContractDeadline(new DateOnly(2027, 6, 30), null), Owner).ReplaceLineEndings("\n");

        Assert.Contains("Typ: ramavtal\n", summary, StringComparison.Ordinal);
        Assert.Contains("Optioner: inga\n", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Option:", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Ärende:", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ShowEachOptionsStatusInSwedish_When_OptionsAreDecided()
    {
        var contract = Platform with
        {
            Terms = Platform.Terms with
            {
                Options =
                [
                    new ContractOption(24, new DateOnly(2025, 3, 31), ContractOptionStatus.Exercised),
                    new ContractOption(12, new DateOnly(2027, 3, 31), ContractOptionStatus.Declined),
                    new ContractOption(12, new DateOnly(2029, 2, 28)),
                ],
            },
        };

        var lines = ContractEmails.Summary(contract, new ContractDeadline(new DateOnly(2029, 2, 28), contract.Terms.Options[2]), Owner)
            .ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("Option", StringComparison.Ordinal));

        Assert.Equal(
        [
            "Option: förlängning 24 månader, beslut senast 31 mars 2025 (utnyttjad)",
            "Option: förlängning 12 månader, beslut senast 31 mars 2027 (ej utnyttjad)",
            "Option: förlängning 12 månader, beslut senast 28 februari 2029 (öppen)",
        ], lines);
    }

    [Fact]
    public void Should_SayTheContractEndedWithoutADecision_When_ItHasExpired()
    {
        Assert.Equal("Avtalsbevakning: ”E-tjänsteplattform” har löpt ut utan beslut", ContractEmails.ExpiredSubject(Platform));
        Assert.Equal(
            """
            Avtalet ”E-tjänsteplattform” med Leverantör AB löpte ut 31 december 2027 utan att något beslut vid avtalsslut har registrerats.
            Kontrollera om tjänsten fortfarande används och registrera beslutet, eller uppdatera avtalet om det har förlängts.

            Ärende: 2021/29-2.2.0.1

            """, ContractEmails.ExpiredBody(Platform).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(2027, 3, 31, "31 mars 2027")]
    [InlineData(2028, 2, 29, "29 februari 2028")]
    [InlineData(2026, 12, 1, "1 december 2026")]
    public void Should_WriteTheDayInSwedish_When_ADayIsShown(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, ContractEmails.Day(new DateOnly(year, month, day)));
    }
}
