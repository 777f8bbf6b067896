using ENamnd.Activities.Municipalities;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>When demo people may be seeded: on the embedded SQLite default unless switched off, on PostgreSQL only when asked for.</summary>
public sealed class DemoSeedingRuleTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.Sqlite, false, false)]
    [InlineData(DatabaseProvider.Postgres, null, false)]
    [InlineData(DatabaseProvider.Postgres, true, true)]
    public void Should_SeedOnlyWhereAllowed_When_SettingAndProviderVary(DatabaseProvider provider, bool? setting, bool expected)
    {
        // The rule reads no data, so the directory itself is not needed.
        var seeder = new DemoParticipantSeeder(null!, MunicipalityRegistry.Default, new DatabaseSettings(provider, ""),
            Options.Create(new DemoOptions { SeedParticipants = setting }), NullLogger<DemoParticipantSeeder>.Instance);

        Assert.Equal(expected, seeder.Enabled);
    }
}
