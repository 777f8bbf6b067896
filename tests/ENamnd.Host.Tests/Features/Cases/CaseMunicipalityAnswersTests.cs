using ENamnd.Host.Features.Cases;

namespace ENamnd.Host.Tests.Features.Cases;

public sealed class CaseMunicipalityAnswersTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_GiveEachMunicipalitysLatestAnswerAndWhoIsStillToAnswer_When_TheCaseIsRead()
    {
        var details = Case(
            decisions:
            [
                Decision("Luleå", "Decline", At, "Förstudie"),
                Decision("Boden", "Join", At, "Förstudie", "KS 2026-03-02 § 41"),
                Decision("Luleå", "Join", At.AddDays(20), "Utvecklingsprojekt"),
                new CaseDecisionView("t0", "work", "Behovsanalys", "Done", null, null, "e-samordnare@example.org", null, At, "Kvalificering av idé", "Klart"),
            ],
            open: [new CaseTaskView("t9", "municipal-decision", "Deltar kommunen?", "beredning.pitea@example.org", null, "Piteå", At, null, "Utvecklingsprojekt")]);

        var answers = CaseMunicipalityAnswers.Of(details);

        Assert.Equal(
        [
            new CaseMunicipalityAnswers.Answer("Boden", "Deltar", "Förstudie", At, "KS 2026-03-02 § 41"),
            new CaseMunicipalityAnswers.Answer("Luleå", "Deltar", "Utvecklingsprojekt", At.AddDays(20), null),
            new CaseMunicipalityAnswers.Answer("Piteå", "Väntar på besked", "Utvecklingsprojekt", null, null),
        ], answers);
    }

    [Fact]
    public void Should_SayTheMunicipalityWithdrew_When_ItTookPartAndThenDidNotCommit()
    {
        var details = Case(
            decisions:
            [
                Decision("Kiruna", "Join", At, "Förstudie"),
                Decision("Kiruna", "Withdraw", At.AddDays(40), "Utvecklingsprojekt", kind: "guarantee-commitment"),
                Decision("Kalix", "Decline", At, "Förstudie"),
                Decision("Boden", "Join", At, "Förstudie"),
                Decision("Boden", "Commit", At.AddDays(40), "Utvecklingsprojekt", kind: "guarantee-commitment"),
            ],
            open: []);

        var answers = CaseMunicipalityAnswers.Of(details);

        Assert.Equal(["Boden: Åtar sig sin andel", "Kalix: Deltar inte", $"Kiruna: {CaseMunicipalityAnswers.Withdrawn}"], answers.Select(a => $"{a.Municipality}: {a.Text}"));
    }

    private static CaseDecisionView Decision(string municipality, string outcome, DateTimeOffset at, string phase, string? reference = null, string kind = "municipal-decision") =>
        new($"t-{municipality}-{outcome}", kind, "Deltar kommunen?", outcome, reference, null, "beredning@example.org", municipality, at, phase, outcome);

    private static CaseDetails Case(IReadOnlyList<CaseDecisionView> decisions, IReadOnlyList<CaseTaskView> open) => new(
        "c1", "2026/14-2.2.0.1", "E-arkiv", null, "Utvecklingsprojekt", CaseStatus.Running, "Pågår", null, [], [], open, decisions, [], [], [],
        "i1", At, null, null);
}
