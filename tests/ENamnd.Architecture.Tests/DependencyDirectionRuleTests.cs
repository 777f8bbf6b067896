namespace ENamnd.Architecture.Tests;

/// <summary>Project references point down the layers only.</summary>
public sealed class DependencyDirectionRuleTests
{
    [Fact]
    public void Should_ReportViolation_When_ActivitiesReferencesWorkflows()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Activities, SyntheticRepository.Csproj(
            SyntheticRepository.Reference(ProjectLayers.Engine) + SyntheticRepository.Reference(ProjectLayers.Workflows)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Activities references ENamnd.Workflows", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_EngineReferencesAnyProject()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Engine, SyntheticRepository.Csproj(SyntheticRepository.Reference(ProjectLayers.Activities)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Engine references ENamnd.Activities", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_SrcProjectHasNoLayer()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject("ENamnd.Extras", SyntheticRepository.Csproj(SyntheticRepository.Reference(ProjectLayers.Engine)));
        repository.Write(TestProjectRule.TestProjectPath("ENamnd.Extras"), SyntheticRepository.Csproj(SyntheticRepository.Reference("ENamnd.Extras")));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Extras has no place in the layer order", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_LayerProjectIsMissing()
    {
        using var repository = new SyntheticRepository();
        repository.Delete(ProjectLayers.ProjectPath(ProjectLayers.Workflows));

        Assert.Contains(repository.Check(), violation => violation.StartsWith("src/ENamnd.Workflows/ENamnd.Workflows.csproj: project not found"));
    }

    [Fact]
    public void Should_AllowReference_When_HostReferencesEngineDirectly()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Host, SyntheticRepository.Csproj(
            SyntheticRepository.Reference(ProjectLayers.Workflows) + SyntheticRepository.Reference(ProjectLayers.Engine)));

        Assert.Empty(repository.Check());
    }

    [Fact]
    public void Should_ReportViolation_When_DesignerReferencesTheCommitteeDomain()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Designer, SyntheticRepository.Csproj(
            SyntheticRepository.Reference(ProjectLayers.Engine) + SyntheticRepository.Reference(ProjectLayers.Workflows)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Designer references ENamnd.Workflows", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_PersistenceReferencesTheDesigner()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Persistence, SyntheticRepository.Csproj(
            SyntheticRepository.Reference(ProjectLayers.Activities) + SyntheticRepository.Reference(ProjectLayers.Designer)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Persistence references ENamnd.Designer", violation);
    }

    [Theory]
    [InlineData(ProjectLayers.Engine)]
    [InlineData(ProjectLayers.Activities)]
    [InlineData(ProjectLayers.Workflows)]
    [InlineData(ProjectLayers.Persistence)]
    [InlineData(ProjectLayers.Designer)]
    [InlineData(ProjectLayers.Host)]
    public void Should_ReportViolation_When_HttpReferencesAnotherProject(string reference)
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Http, SyntheticRepository.Csproj(SyntheticRepository.Reference(reference)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains($"ENamnd.Http references {reference}", violation);
    }

    [Theory]
    [InlineData(ProjectLayers.Engine)]
    [InlineData(ProjectLayers.Activities)]
    [InlineData(ProjectLayers.Workflows)]
    [InlineData(ProjectLayers.Persistence)]
    public void Should_ReportViolation_When_ALayerBelowTheApisReferencesHttp(string project)
    {
        using var repository = new SyntheticRepository();
        var below = project == ProjectLayers.Engine ? "" : SyntheticRepository.Reference(ProjectLayers.Engine);
        repository.WriteProject(project, SyntheticRepository.Csproj(below + SyntheticRepository.Reference(ProjectLayers.Http)));

        var violation = Assert.Single(repository.Check());

        Assert.Contains($"{project} references ENamnd.Http", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_PersistenceReferencesTheHost()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Persistence, SyntheticRepository.Csproj(SyntheticRepository.Reference(ProjectLayers.Host)));

        Assert.Contains(repository.Check(), violation => violation.Contains("ENamnd.Persistence references ENamnd.Host"));
    }
}
