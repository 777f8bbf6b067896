namespace ENamnd.Architecture.Tests;

/// <summary>The engine's csproj stays free of infrastructure packages, the web SDK and ASP.NET Core.</summary>
public sealed class EngineProjectRuleTests
{
    [Theory]
    [InlineData("Hangfire")]
    [InlineData("Hangfire.Core")]
    [InlineData("MailKit")]
    [InlineData("MimeKit")]
    [InlineData("Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("Npgsql.EntityFrameworkCore.PostgreSQL")]
    [InlineData("Serilog.Extensions.Logging")]
    [InlineData("Microsoft.AspNetCore.Http.Abstractions")]
    public void Should_ReportViolation_When_EngineReferencesInfrastructurePackage(string packageId)
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Engine, SyntheticRepository.Csproj($"<PackageReference Include=\"{packageId}\" />"));

        var violation = Assert.Single(repository.Check());

        Assert.Contains($"the engine references package {packageId}", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_EngineUsesWebSdk()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Engine, SyntheticRepository.Csproj("<PackageReference Include=\"Jint\" />", "Microsoft.NET.Sdk.Web"));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("the engine uses the Microsoft.NET.Sdk.Web SDK", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_EngineReferencesAspNetCoreFramework()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Engine, SyntheticRepository.Csproj("<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />"));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("FrameworkReference to Microsoft.AspNetCore.App", violation);
    }

    [Fact]
    public void Should_AllowPackage_When_ItIsAnAbstractionOfMicrosoftExtensions()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Engine, SyntheticRepository.Csproj("<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" />"));

        Assert.Empty(repository.Check());
    }

    [Fact]
    public void Should_ReportViolation_When_ActivitiesReferenceEntityFrameworkCore()
    {
        using var repository = new SyntheticRepository();
        repository.WriteProject(ProjectLayers.Activities, SyntheticRepository.Csproj(
            SyntheticRepository.Reference(ProjectLayers.Engine) + "<PackageReference Include=\"Microsoft.EntityFrameworkCore\" />"));

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Activities references package Microsoft.EntityFrameworkCore", violation);
    }
}
