using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Tests.Running;

public class FileResultTests
{
    private static readonly FileExpectation Parent = new() { Path = "test/x/parent.json", Test = "T.cs", Run = "untilEnd", Expect = new Expectation { Lines = ["A"] } };
    private static readonly FileExpectation Child = new() { Path = "test/x/child.json", CheckedVia = "test/x/parent.json" };
    private static readonly ImportOutcome Imported = new() { Imported = true, Status = 200 };

    [Fact]
    public void Should_MatchAChild_When_ItIsImportedAndItsParentMatches()
    {
        var results = FileResult.WithCheckers([new FileResult(Child, Imported, null, []), Result(Parent, ["A"])]);

        Assert.True(results[0].Matched);
        Assert.True(results[0].Counted);
    }

    [Fact]
    public void Should_NotMatchAChild_When_ItsParentDoesNot()
    {
        var results = FileResult.WithCheckers([new FileResult(Child, Imported, null, []), Result(Parent, ["B"])]);

        Assert.False(results[0].Matched);
        Assert.Equal(["parent.json did not match"], results[0].Differences);
    }

    [Fact]
    public void Should_NotMatchAChild_When_ItWasNotImported()
    {
        var refused = new ImportOutcome { Status = 400, Error = "okänd aktivitetstyp" };

        var results = FileResult.WithCheckers([new FileResult(Child, refused, null, []), Result(Parent, ["A"])]);

        Assert.Equal(["not imported"], results[0].Differences);
    }

    private static FileResult Result(FileExpectation file, string[] lines) =>
        FileResult.Checked(file, Imported, new RunObservation { Import = Imported, Lines = lines });
}
