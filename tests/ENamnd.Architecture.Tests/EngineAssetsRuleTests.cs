namespace ENamnd.Architecture.Tests;

/// <summary>The engine's restored package graph stays free of infrastructure, transitively too.</summary>
public sealed class EngineAssetsRuleTests
{
    [Fact]
    public void Should_ReportViolation_When_PackageBringsInSerilogTransitively()
    {
        using var repository = new SyntheticRepository();
        repository.Write(EngineAssetsRule.AssetsPath, """
            {
              "version": 3,
              "targets": {
                "net10.0": {
                  "Handy.Logging/1.0.0": { "type": "package", "dependencies": { "Serilog": "4.0.0" } },
                  "Serilog/4.0.0": { "type": "package" }
                }
              }
            }
            """);

        var violation = Assert.Single(repository.Check());

        Assert.Contains("the engine depends on package Serilog 4.0.0 (through Handy.Logging/1.0.0)", violation);
    }

    [Fact]
    public void Should_ReportViolation_When_PackageBringsInAspNetCoreFramework()
    {
        using var repository = new SyntheticRepository();
        repository.Write(EngineAssetsRule.AssetsPath, """
            {
              "version": 3,
              "targets": {
                "net10.0": {
                  "Web.Helpers/2.0.0": { "type": "package", "frameworkReferences": [ "Microsoft.AspNetCore.App" ] }
                }
              }
            }
            """);

        var violation = Assert.Single(repository.Check());

        Assert.Contains("package Web.Helpers 2.0.0 brings the Microsoft.AspNetCore.App framework into the engine", violation);
    }

    [Fact]
    public void Should_ReportRestoreFirst_When_AssetsFileIsMissing()
    {
        using var repository = new SyntheticRepository();
        repository.Delete(EngineAssetsRule.AssetsPath);

        var violation = Assert.Single(repository.Check());

        Assert.Contains("restore first", violation);
    }
}
