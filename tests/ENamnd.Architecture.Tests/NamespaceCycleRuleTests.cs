namespace ENamnd.Architecture.Tests;

/// <summary>Namespaces in src use each other one way only.</summary>
public sealed class NamespaceCycleRuleTests
{
    [Fact]
    public void Should_ReportCycle_When_TwoNamespacesUseEachOther()
    {
        using var repository = new SyntheticRepository();
        repository.Write("src/ENamnd.Host/A/One.cs", "using ENamnd.Host.B;\n\nnamespace ENamnd.Host.A;\n\npublic sealed class One;\n");
        repository.Write("src/ENamnd.Host/B/Two.cs", "using ENamnd.Host.A;\n\nnamespace ENamnd.Host.B;\n\npublic sealed class Two;\n");

        var violation = Assert.Single(repository.Check());

        Assert.Contains("ENamnd.Host.A ↔ ENamnd.Host.B", violation);
    }

    [Fact]
    public void Should_ReportCycle_When_ThreeNamespacesFormALoop()
    {
        using var repository = new SyntheticRepository();
        repository.Write("src/ENamnd.Host/A/One.cs", "using ENamnd.Host.B;\n\nnamespace ENamnd.Host.A;\n");
        repository.Write("src/ENamnd.Host/B/Two.cs", "using ENamnd.Host.C;\n\nnamespace ENamnd.Host.B;\n");
        repository.Write("src/ENamnd.Host/C/Three.cs", "using ENamnd.Host.A;\n\nnamespace ENamnd.Host.C;\n");

        Assert.Contains("ENamnd.Host.A ↔ ENamnd.Host.B ↔ ENamnd.Host.C", Assert.Single(repository.Check()));
    }

    [Fact]
    public void Should_ReportNothing_When_NamespacesUseEachOtherOneWay()
    {
        using var repository = new SyntheticRepository();
        repository.Write("src/ENamnd.Host/A/One.cs", "using ENamnd.Host.B;\n\nnamespace ENamnd.Host.A;\n");
        repository.Write("src/ENamnd.Host/B/Two.cs", "using ENamnd.Engine.Model;\n\nnamespace ENamnd.Host.B;\n");

        Assert.Empty(repository.Check());
    }
}
