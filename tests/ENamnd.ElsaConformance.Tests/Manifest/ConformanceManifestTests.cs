using System.Text.RegularExpressions;
using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Tests.Manifest;

public class ConformanceManifestTests
{
    [Fact]
    public void Should_BeSoundAndNameEveryFileUnderTheTestProjects_When_TheRepositoryManifestIsRead()
    {
        var manifest = ConformanceManifest.Load(Path.Combine(AppContext.BaseDirectory, ConformanceManifest.FileName));

        Assert.Empty(manifest.Problems());
        Assert.Matches(new Regex("^[0-9a-f]{40}$"), manifest.ElsaCoreCommit);
        Assert.All(manifest.Files, f => Assert.Matches(new Regex(@"^test/(component|integration)/.+\.json$"), f.Path));
        Assert.Contains(manifest.Files, f => f.Role == FileRole.Checked);
        Assert.Contains(manifest.Files, f => f.Role == FileRole.Dependency);
    }

    [Fact]
    public void Should_NameEachBrokenReference_When_ImportsAndCheckersAreUnknown()
    {
        var manifest = ConformanceManifest.Parse("""
            { "elsaCoreCommit": "0000000000000000000000000000000000000000", "files": [
              { "path": "test/x/a.json", "test": "T.cs", "run": "untilEnd", "imports": ["test/x/missing.json"], "expect": { "lines": ["A"] } },
              { "path": "test/x/b.json", "checkedVia": "test/x/c.json" },
              { "path": "test/x/c.json", "leftOut": "no equivalent" },
              { "path": "test/x/d.json", "test": "T.cs", "run": "http" },
              { "path": "test/x/e.json", "test": "T.cs", "run": "teleport" }
            ] }
            """);

        var problems = manifest.Problems();

        Assert.Contains("test/x/a.json: imports test/x/missing.json, which is not listed.", problems);
        Assert.Contains("test/x/b.json: checked via test/x/c.json, which is not a checked file.", problems);
        Assert.Contains("test/x/d.json: an http run has no request.", problems);
        Assert.Contains("test/x/e.json: unknown run kind 'teleport'.", problems);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Should_NameTheStep_When_AnApiStepIsNeitherOrBothAReadAndAPost()
    {
        var manifest = ConformanceManifest.Parse("""
            { "elsaCoreCommit": "0000000000000000000000000000000000000000", "files": [
              { "path": "test/x/a.json", "test": "T.cs", "run": "api", "api": [{ "get": "/a" }, { "post": "/b", "body": { "x": 1 } }] },
              { "path": "test/x/b.json", "test": "T.cs", "run": "api", "api": [{ "status": 200 }] },
              { "path": "test/x/c.json", "test": "T.cs", "run": "api", "api": [{ "get": "/a", "post": "/b" }] }
            ] }
            """);

        var problems = manifest.Problems();

        Assert.Equal(["test/x/b.json: an api step names neither or both of get and post.", "test/x/c.json: an api step names neither or both of get and post."], problems);
    }

    [Theory]
    [InlineData("test/integration/P/Scenarios/Joins/Workflows/join.json", null, "test/integration/P/Scenarios/Joins")]
    [InlineData("test/component/P/Scenarios/Basic/hello.json", null, "test/component/P/Scenarios/Basic")]
    [InlineData("test/component/P/Scenarios/Basic/hello.json", "own", "own")]
    public void Should_GroupByScenarioFolder_When_NoGroupIsGiven(string path, string? group, string expected)
    {
        Assert.Equal(expected, new FileExpectation { Path = path, Group = group }.GroupName);
    }
}
