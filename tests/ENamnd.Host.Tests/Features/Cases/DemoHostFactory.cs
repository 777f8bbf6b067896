using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Cases;
using ENamnd.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// The real host as the embedded default starts it, demo cases included (unless <paramref name="settings"/> says otherwise),
/// on its own SQLite data directory and a clock that stands at the moment the test began.
/// </summary>
public sealed class DemoHostFactory(Action<IWebHostBuilder>? settings = null) : HostFactoryBase("enamnd-demo-", ApiKey)
{
    public const string ApiKey = "demo-tests-coordinator-key-0123456789";

    /// <summary>How long the demo cases may take to be driven in the background on a busy machine.</summary>
    public static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Starts now (to the second), so timers the host schedules in real time stay in the future.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>The year whose meetings and plan are seeded (Stockholm time).</summary>
    public int Year => StockholmTime.DateOf(Clock.GetUtcNow()).Year;

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <inheritdoc />
    protected override TimeProvider HostClock => Clock;

    /// <inheritdoc />
    protected override bool SeedsDemoCases => true;

    /// <summary>Waits until the host's background seeding of demo cases has run (or found nothing to do).</summary>
    public static Task SeededAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<DemoCaseStartup>().Completion.WaitAsync(SeedTimeout);

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder) => settings?.Invoke(builder);
}
