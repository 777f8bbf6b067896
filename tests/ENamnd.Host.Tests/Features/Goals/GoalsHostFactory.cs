using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;
using ENamnd.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary>
/// The real host in memory for the goal tests: its own data directory (SQLite, or PostgreSQL when a connection
/// string is given), a clock the tests move, and recurring jobs and timers that never run on their own.
/// </summary>
public sealed class GoalsHostFactory(DateTimeOffset start, string? postgres = null) : HostFactoryBase("enamnd-goals-", ApiKey)
{
    public const string ApiKey = "goals-tests-coordinator-key-0123456789";

    public TestClock Clock { get; } = new(start);

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>The tertial follow-up job.</summary>
    public IMonitorJob Job => Services.GetServices<IMonitorJob>().Single(j => j.JobId == "tertial-follow-up");

    /// <inheritdoc />
    protected override TimeProvider HostClock => Clock;

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Tasks:TokenSecret", "goals-tests-token-secret-0123456789-abcdef");
        builder.UseSetting("Scheduling:TertialFollowUpCron", Never);
        builder.UseSetting("Goals:SeedExamplePlan", "true");
        builder.UseSetting("Demo:SeedParticipants", "true");
        // The tests plan the meetings they count; the 2022 demo meetings would add to them.
        builder.UseSetting("Demo:SeedMeetings", "false");
        if (postgres is not null) builder.UseSetting("ConnectionStrings:Postgres", postgres);
    }

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services) =>
        // Hangfire would fire the scenario's timers (in 2022) at once in real time; the tests resume them on the manual clock instead.
        services.RemoveAll<IStepCommitListener>();
}
