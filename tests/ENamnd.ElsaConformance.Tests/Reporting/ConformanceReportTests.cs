using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Reporting;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Tests.Reporting;

public class ConformanceReportTests
{
    private static readonly ImportOutcome Imported = new() { Imported = true, Status = 200 };

    [Fact]
    public void Should_CountOnlyCheckedFilesAndTheirChildren_When_TotalsAreMade()
    {
        var results = Results();

        var totals = ConformanceTotals.Of(results);

        Assert.Equal(new ConformanceTotals(Files: 5, Workflows: 4, Imported: 3, Checked: 2, Ran: 1, Counted: 2, Matched: 1, LeftOut: 1, NotChecked: 1), totals);
        Assert.Equal(50.0, totals.Percentage);
    }

    [Fact]
    public void Should_WriteOneRowPerFileAndTheTotals_When_TheReportIsWritten()
    {
        var output = new StringWriter();

        ConformanceReport.Write(output, new ConformanceManifest { ElsaCoreCommit = "abc", Files = [] }, "def", Results());

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(5, lines.Count(l => l.StartsWith("| x/", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("| x/ok.json | checked | yes | Finished/Finished | lines [A] | as expected | yes |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| x/refused.json | checked | 400: typ a\\|b okänd |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("another commit", StringComparison.Ordinal));
        Assert.Contains("- Matched: 1 of 2 files an Elsa test checks (directly or as a child workflow): **50.0 %**", lines);
    }

    private static List<FileResult> Results()
    {
        var ok = new FileExpectation { Path = "test/x/ok.json", Test = "T.cs", Run = "untilEnd", Expect = new Expectation { Lines = ["A"] } };
        var refused = ok with { Path = "test/x/refused.json" };
        var okRun = new RunObservation { Import = Imported, Main = new InstanceSnapshot("i", "d", null, "Finished", "Finished", []), Lines = ["A"] };
        return
        [
            FileResult.Checked(ok, Imported, okRun),
            FileResult.Checked(refused, new ImportOutcome { Status = 400, Error = "typ a|b okänd" }, null),
            new FileResult(new FileExpectation { Path = "test/x/migrated.json", LeftOut = "no migration" }, Imported, null, []),
            new FileResult(new FileExpectation { Path = "test/x/other.json", NotChecked = "no test" }, Imported, null, []),
            new FileResult(new FileExpectation { Path = "test/x/data.json", NotWorkflow = "a fixture" }, null, null, []),
        ];
    }
}
