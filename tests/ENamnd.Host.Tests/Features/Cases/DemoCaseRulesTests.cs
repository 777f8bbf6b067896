using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using ENamnd.Workflows.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>When demo cases are seeded, what they are, and the ledger key that marks one as placed.</summary>
public sealed class DemoCaseRulesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.Sqlite, false, false)]
    [InlineData(DatabaseProvider.Postgres, null, false)]
    [InlineData(DatabaseProvider.Postgres, true, true)]
    public void Should_SeedOnlyWhereAllowed_When_SettingAndProviderVary(DatabaseProvider provider, bool? setting, bool expected)
    {
        // The rule reads no data, so the services behind the seeder are not needed.
        var seeder = new DemoCaseSeeder(null!, null!, null!, null!, new DatabaseSettings(provider, ""),
            Options.Create(new DemoOptions { SeedCases = setting }), TimeProvider.System, NullLogger<DemoCaseSeeder>.Instance);

        Assert.Equal(expected, seeder.Enabled);
    }

    [Fact]
    public void Should_PassTheCaseChecks_When_TheDemoCasesAreStarted()
    {
        var demo = DemoCases.For(2026);

        Assert.All(demo, d => Assert.Empty(CaseRequestValidator.Validate(d.Request, Activities.Municipalities.MunicipalityRegistry.Default).Errors));
        Assert.Equal(3, demo.Select(d => d.Phase).Distinct().Count());
        Assert.All(demo, d => Assert.StartsWith("2026/", d.CaseNumber, StringComparison.Ordinal));
        Assert.All(demo, d => Assert.Subset(d.Joining.ToHashSet(), d.Initiators.ToHashSet()));
    }

    [Fact]
    public void Should_SpellThePlacedKeyAsRecorded_When_ADemoCaseReachedItsPhase()
    {
        var key = CaseLedgerKeys.DemoCasePlaced("2026/3-2.2.0.1");

        Assert.Equal(new LedgerKey("demo-case", "case:2026/3-2.2.0.1", "2026/3-2.2.0.1"), key);
        Assert.Equal("demo-case:2026/3-2.2.0.1", key.Value);
    }
}
