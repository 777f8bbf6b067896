using ENamnd.Host.Features.Cases;

namespace ENamnd.Host.Tests.Features.Cases;

public sealed class CaseJournalTextTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_WriteEachEventInSwedishAndMergeRepeats_When_TheJournalIsRead()
    {
        CaseJournalEntry[] journal =
        [
            new(At.AddMinutes(2), "Förstudie", "Kommunala beslut", "ENamnd.CollectMunicipalDecisions", "Suspended", null, null),
            new(At, "Huvudprocess", "Förstudie", "Elsa.ExecuteWorkflow", "Started", null, null),
            new(At.AddMinutes(3), "Förstudie", "Kommunala beslut", "ENamnd.CollectMunicipalDecisions", "Suspended", null, null),
            new(At.AddMinutes(4), "Förstudie", "Kommunala beslut", "ENamnd.CollectMunicipalDecisions", "Completed", ["Enough"], null),
            new(At.AddMinutes(4), "Huvudprocess", "KvalificeringAvIde", "Elsa.ExecuteWorkflow", "Completed", ["Done"], null),
            new(At.AddMinutes(5), "Förstudie", "Meddela", "Elsa.WriteLine", "Log", null, "7 kommuner deltar"),
        ];

        var lines = CaseJournalText.Lines(journal);

        Assert.Equal(
        [
            "Huvudprocess: Förstudie startade",
            "Förstudie: Kommunala beslut väntar",
            "Förstudie: Kommunala beslut klar (Tillräckligt många deltar)",
            "Huvudprocess: Kvalificering av idé klar",
            "Förstudie: Meddela – 7 kommuner deltar",
        ], lines.Select(l => l.Text));
        Assert.Equal(At, lines[0].At);
    }
}
