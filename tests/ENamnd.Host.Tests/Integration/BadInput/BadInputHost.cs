using ENamnd.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>
/// The real host for the bad-input suite, on SQLite or (with a connection string) PostgreSQL: a test clock in 2031 and
/// recurring jobs that never fire, so nothing but the suite's requests changes the database; the demo people, meetings
/// and plan are seeded on both providers.
/// </summary>
public sealed class BadInputHost(string? postgres = null) : HostFactoryBase("enamnd-badinput-", TestHostFactory.ApiKey)
{
    /// <summary>The host's clock.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2031, 1, 13, 9, 0, 0, TimeSpan.Zero));

    /// <inheritdoc />
    protected override TimeProvider HostClock => Clock;

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", postgres ?? "");
        builder.UseSetting("Demo:SeedParticipants", "true");
        builder.UseSetting("Demo:SeedMeetings", "false");
        builder.UseSetting("Goals:SeedExamplePlan", "false");
        foreach (var job in new[] { "ContractExpiryMonitorCron", "MeetingRemindersCron", "TertialFollowUpCron", "ContractDecisionHandoverCron" })
            builder.UseSetting($"Scheduling:{job}", Never);
    }
}
