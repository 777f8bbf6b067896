namespace ENamnd.Architecture.Tests;

/// <summary>The real repository follows the architecture rules.</summary>
public sealed class RepositoryArchitectureTests
{
    [Fact]
    public void Should_HaveNoViolations_When_CheckingThisRepository()
    {
        var root = RepositoryRoot.Find();

        var violations = ArchitectureRules.Check(root);

        Assert.True(violations.Count == 0, "Architecture violations:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Should_FindTheSolutionDirectory_When_StartingInsideTheRepository()
    {
        using var repository = new SyntheticRepository();
        repository.Write("src/ENamnd.Engine/bin/Release/net10.0/marker.txt", string.Empty);

        var root = RepositoryRoot.Find(Path.Combine(repository.Root, "src/ENamnd.Engine/bin/Release/net10.0"));

        Assert.Equal(Path.GetFullPath(repository.Root), Path.GetFullPath(root));
    }

    [Fact]
    public void Should_ReportNoViolation_When_SyntheticRepositoryFollowsTheRules()
    {
        using var repository = new SyntheticRepository();

        Assert.Empty(repository.Check());
    }
}
