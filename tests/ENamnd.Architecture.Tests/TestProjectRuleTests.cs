namespace ENamnd.Architecture.Tests;

/// <summary>Every src project has a test project of its own.</summary>
public sealed class TestProjectRuleTests
{
    [Fact]
    public void Should_ReportViolation_When_SourceProjectHasNoTestProject()
    {
        using var repository = new SyntheticRepository();
        repository.Delete(TestProjectRule.TestProjectPath(ProjectLayers.Designer));

        var violation = Assert.Single(repository.Check());

        Assert.Equal("src/ENamnd.Designer/ENamnd.Designer.csproj: has no test project; its tests belong in tests/ENamnd.Designer.Tests/ENamnd.Designer.Tests.csproj.", violation);
    }
}
