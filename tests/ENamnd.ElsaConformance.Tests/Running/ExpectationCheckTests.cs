using System.Text.Json.Nodes;
using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Tests.Running;

public class ExpectationCheckTests
{
    private static readonly ImportOutcome Imported = new() { Imported = true, Status = 200, DefinitionId = "d1", Published = true };

    [Fact]
    public void Should_FindNoDifference_When_StatusLinesAndOutputAreAsExpected()
    {
        var file = Checked(new Expectation { Status = "Finished", SubStatus = "Finished", Lines = ["Start", "End"], Output = new JsonObject { ["Output1"] = "Foo" } });
        var run = Run("Finished", "Finished", ["Start", "End"]) with { Output = new JsonObject { ["Output1"] = "Foo" } };

        Assert.Empty(ExpectationCheck.Differences(file, run));
    }

    [Fact]
    public void Should_ShowTheLinesWritten_When_TheyComeInAnotherOrder()
    {
        var file = Checked(new Expectation { Lines = ["A", "C", "B", "D"] });

        var differences = ExpectationCheck.Differences(file, Run("Finished", "Finished", ["A", "B", "C", "D"]));

        Assert.Equal(["lines [A, B, C, D]"], differences);
    }

    [Fact]
    public void Should_NameTheMissingLines_When_SomeExpectedLinesAreNotWritten()
    {
        var file = Checked(new Expectation { LinesContain = ["Child output: 42", "Parent received: 42"] });

        var differences = ExpectationCheck.Differences(file, Run("Finished", "Finished", ["Child output: 42", "Parent received: "]));

        Assert.Equal(["lines lack [Parent received: 42] (got [Child output: 42, Parent received: ])"], differences);
    }

    [Fact]
    public void Should_TreatANumberAndItsTextAsEqual_When_VariablesAreCompared()
    {
        var file = Checked(new Expectation { Variables = new JsonObject { ["Count"] = "42", ["Name"] = "Foo" } });
        var run = Run("Finished", "Finished", []) with { Variables = new JsonObject { ["Count"] = 42, ["Name"] = "Bar" } };

        Assert.Equal(["variable Name = \"Bar\""], ExpectationCheck.Differences(file, run));
    }

    [Fact]
    public void Should_ReportTheOtherReason_When_PublishIsRefusedForSomethingElse()
    {
        var file = Checked(new Expectation { PublishRefused = "cron" }, run: "publish");
        var refused = new RunObservation { Import = Imported with { Published = false, PublishStatus = 400, PublishError = "Kopplingen går till 'borta', som inte finns." } };
        var refusedForCron = new RunObservation { Import = Imported with { Published = false, PublishStatus = 400, PublishError = "Ogiltigt cron-uttryck" } };

        Assert.Equal(["refused for another reason: Kopplingen går till 'borta', som inte finns."], ExpectationCheck.Differences(file, refused));
        Assert.Empty(ExpectationCheck.Differences(file, refusedForCron));
    }

    [Fact]
    public void Should_CheckStatusContainedValuesAndAbsentPaths_When_ApiAnswersAreCompared()
    {
        var present = new ApiCheck { Get = "/workflow-definitions/d1/consumers", Status = 200, Contains = new() { ["ids"] = new JsonArray("a", "b") } };
        var absent = new ApiCheck { Get = "/workflow-definitions/by-id/v1", Status = 200, Lacks = ["root.activities[0].root"] };
        var file = new FileExpectation { Path = "test/x/a.json", Test = "T.cs", Run = "api", Api = [present, absent] };
        var run = new RunObservation
        {
            Import = Imported,
            Api =
            [
                (present, new ApiAnswer(200, JsonNode.Parse("""{"ids":["b","c"]}"""), "")),
                (absent, new ApiAnswer(200, JsonNode.Parse("""{"root":{"activities":[{"root":null}]}}"""), "")),
            ],
        };

        Assert.Equal(["ids = [\"b\",\"c\"]", "root.activities[0].root is present"], ExpectationCheck.Differences(file, run));
    }

    [Fact]
    public void Should_ReportOnlyTheRunError_When_TheRunCouldNotBeMade()
    {
        var file = Checked(new Expectation { Lines = ["A"] });

        Assert.Equal(["execute 404: finns inte"], ExpectationCheck.Differences(file, new RunObservation { Error = "execute 404: finns inte" }));
    }

    [Fact]
    public void Should_NameTheVersionRun_When_InstanceWasNotMigrated()
    {
        var file = Checked(new Expectation { Version = 2 });
        var run = Run("Finished", "Finished", []);

        var stayed = ExpectationCheck.Differences(file, run with { Main = run.Main! with { Version = 1 } });
        var moved = ExpectationCheck.Differences(file, run with { Main = run.Main! with { Version = 2 } });

        Assert.Equal(["version 1"], stayed);
        Assert.Empty(moved);
    }

    [Fact]
    public void Should_CheckEveryRecordOfTheActivity_When_ActivityRecordsAreExpected()
    {
        var check = new ActivityRecordCheck { Activity = "Child1", Inputs = ["Text"], Outputs = ["Output1"], NoOutputs = ["Secret"] };
        var file = Checked(new Expectation { ActivityRecords = [check] }, run: "execute");
        var good = new ActivityRecord("i1", "Child1", ["Text"], ["Output1"]);
        var bad = new ActivityRecord("i2", "Child1", [], ["Secret"]);

        Assert.Empty(ExpectationCheck.Differences(file, Run("Finished", "Finished", []) with { ActivityRecords = [good, new ActivityRecord("i1", "Other", [], [])] }));
        Assert.Equal(["Child1 lacks input Text", "Child1 lacks output Output1", "Child1 keeps output Secret"],
            ExpectationCheck.Differences(file, Run("Finished", "Finished", []) with { ActivityRecords = [good, bad] }));
        Assert.Equal("Child1 keeps input Text, keeps output Output1, leaves out output Secret", ExpectationCheck.Describe(file));
    }

    private static FileExpectation Checked(Expectation expect, string run = "untilEnd") =>
        new() { Path = "test/x/a.json", Test = "T.cs", Run = run, Expect = expect };

    private static RunObservation Run(string status, string subStatus, string[] lines) => new()
    {
        Import = Imported,
        Main = new InstanceSnapshot("i1", "d1", null, status, subStatus, []),
        Lines = lines,
    };
}
