using System.Text.Json.Nodes;
using ENamnd.ElsaConformance.Hosting;
using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Reporting;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Tests.Running;

/// <summary>The whole instrument on the in-memory host, with workflows of our own in place of elsa-core's.</summary>
public class ConformanceRunTests
{
    private const string Folder = "test/integration/Own.Tests/Scenarios/Lines/Workflows/";

    [Fact]
    public async Task Should_MatchImportFailAndMismatch_When_OwnWorkflowsAreMeasuredThroughTheDesignerApi()
    {
        var checkout = OwnWorkflows.Checkout(
            (Folder + "two-lines.json", "\uFEFF" + OwnWorkflows.WriteLines("own-two-lines", "Hej", "Då").ToJsonString()),
            (Folder + "other-line.json", OwnWorkflows.WriteLines("own-other-line", "Fel rad").ToJsonString()),
            (Folder + "unknown.json", OwnWorkflows.OneActivity("own-unknown", "Acme.Missing").ToJsonString()),
            (Folder + "untyped.json", OwnWorkflows.OneActivity("own-untyped", "").ToJsonString()),
            ("test/integration/Own.Tests/Serialization/data.json", "{}"));
        var manifest = new ConformanceManifest
        {
            ElsaCoreCommit = "0000000000000000000000000000000000000000",
            Files =
            [
                Checked("two-lines.json", ["Hej", "Då"]),
                Checked("other-line.json", ["Rätt rad"]),
                Checked("unknown.json", ["A"]),
                Checked("untyped.json", ["A"]),
                new FileExpectation { Path = "test/integration/Own.Tests/Serialization/data.json", NotWorkflow = "a fixture" },
            ],
        };
        Assert.Empty(manifest.Problems());
        try
        {
            var source = await ElsaCoreSource.OpenAsync(checkout.FullName, CancellationToken.None);
            var hosts = 0;

            var results = await new ConformanceRun(manifest, source, () => { hosts++; return new ConformanceHost(); }, TextWriter.Null)
                .RunAsync(_ => true, CancellationToken.None);

            Assert.Equal(1, hosts);
            Assert.Equal([true, false, false, false, false], results.Select(r => r.Matched));
            Assert.Equal("Finished/Finished", results[0].Run?.Summary);
            Assert.Equal(["lines [Fel rad]"], results[1].Differences);
            // An activity type the engine lacks is imported as a placeholder; the run that reaches it faults, naming the type.
            Assert.True(results[2].Import?.Imported);
            Assert.Contains("sub-status Faulted", results[2].Differences);
            Assert.Contains("Acme.Missing", results[2].Run?.Summary);
            Assert.Equal(400, results[3].Import?.Status);
            Assert.Contains("saknar type", results[3].Import?.Error);
            Assert.Null(results[4].Import);
            Assert.Equal(new ConformanceTotals(5, 4, 3, 4, 3, 4, 1, 0, 0), ConformanceTotals.Of(results));
        }
        finally
        {
            checkout.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_LetTheReadsSeeThePost_When_AnApiRunPostsBetweenReads()
    {
        var checkout = OwnWorkflows.Checkout((Folder + "versions.json", OwnWorkflows.WriteLines("own-versions", "Hej").ToJsonString()));
        var latest = "/workflow-definitions/by-definition-id/own-versions?versionOptions=Latest";
        var newVersion = new JsonObject
        {
            ["model"] = new JsonObject
            {
                ["definitionId"] = "own-versions", ["name"] = "own-versions",
                ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "fc1", ["activities"] = new JsonArray(), ["connections"] = new JsonArray() },
            },
            ["publish"] = true,
        };
        var file = new FileExpectation
        {
            Path = Folder + "versions.json",
            Test = "Tests.cs",
            Run = "api",
            Api =
            [
                new ApiCheck { Get = latest, Status = 200, Exactly = new() { ["version"] = 1 } },
                new ApiCheck { Post = "/workflow-definitions", Body = newVersion, Exactly = new() { ["workflowDefinition.version"] = 2, ["workflowDefinition.isPublished"] = true } },
                new ApiCheck { Get = latest, Status = 200, Exactly = new() { ["version"] = 2, ["root.activities"] = new JsonArray() } },
                new ApiCheck { Get = latest, Exactly = new() { ["version"] = 1 } },
            ],
        };
        var manifest = new ConformanceManifest { ElsaCoreCommit = "0000000000000000000000000000000000000000", Files = [file] };
        Assert.Empty(manifest.Problems());
        try
        {
            var source = await ElsaCoreSource.OpenAsync(checkout.FullName, CancellationToken.None);

            var result = Assert.Single(await new ConformanceRun(manifest, source, () => new ConformanceHost(), TextWriter.Null).RunAsync(_ => true, CancellationToken.None));

            // Only the last read, which expects the version from before the post, differs.
            Assert.Equal(["version = 2"], result.Differences);
            Assert.Equal("GET 200, POST 200, GET 200, GET 200", result.Run?.Summary);
        }
        finally
        {
            checkout.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_CompareActivityRecords_When_OwnWorkflowSetsLogPersistenceModes()
    {
        var checkout = OwnWorkflows.Checkout(
            (Folder + "quiet.json", OwnWorkflows.QuietLines("own-quiet", "Hemligt", "Öppet").ToJsonString()),
            (Folder + "quiet-misread.json", OwnWorkflows.QuietLines("own-quiet-misread", "Hemligt", "Öppet").ToJsonString()));
        var manifest = new ConformanceManifest
        {
            ElsaCoreCommit = "0000000000000000000000000000000000000000",
            Files =
            [
                Records("quiet.json", new ActivityRecordCheck { Activity = "w0", NoInputs = ["Text"] }, new ActivityRecordCheck { Activity = "w1", Inputs = ["Text"] }),
                Records("quiet-misread.json", new ActivityRecordCheck { Activity = "w0", Inputs = ["Text"] }, new ActivityRecordCheck { Activity = "w1", NoInputs = ["Text"] },
                    new ActivityRecordCheck { Activity = "w9", Outputs = ["Result"] }),
            ],
        };
        Assert.Empty(manifest.Problems());
        try
        {
            var source = await ElsaCoreSource.OpenAsync(checkout.FullName, CancellationToken.None);

            var results = await new ConformanceRun(manifest, source, () => new ConformanceHost(), TextWriter.Null).RunAsync(_ => true, CancellationToken.None);

            Assert.True(results[0].Matched, string.Join("; ", results[0].Differences));
            Assert.Equal(["w0 lacks input Text", "w1 keeps input Text", "no activity execution record of w9"], results[1].Differences);
        }
        finally
        {
            checkout.Delete(recursive: true);
        }
    }

    private static FileExpectation Records(string name, params ActivityRecordCheck[] checks) => new()
    {
        Path = Folder + name,
        Test = "Tests.cs",
        Run = "execute",
        Expect = new Expectation { SubStatus = "Finished", ActivityRecords = [.. checks] },
    };

    private static FileExpectation Checked(string name, List<string> lines) => new()
    {
        Path = Folder + name,
        Test = "Tests.cs",
        Run = "untilEnd",
        Expect = new Expectation { Status = "Finished", SubStatus = "Finished", Lines = lines },
    };
}
