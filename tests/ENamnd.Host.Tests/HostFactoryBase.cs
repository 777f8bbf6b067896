using System.Net.Http.Headers;
using ENamnd.TestSupport.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests;

/// <summary>
/// The real host in memory, on its own data directory (removed on dispose), with a known coordinator key. A host
/// on a test clock (<see cref="HostClock"/>) also links to <see cref="PublicBaseUrl"/>, which differs from the test
/// server's address, and its recurring sweeps and evidence seal never run on their own.
/// </summary>
public abstract class HostFactoryBase(string directoryPrefix, string apiKey) : WebApplicationFactory<Program>
{
    /// <summary>The public base URL of a host on a test clock.</summary>
    public const string PublicBaseUrl = "https://enamnd.example.org";

    /// <summary>A cron expression that does not fire during a test run.</summary>
    protected const string Never = "0 0 1 1 *";

    /// <summary>The host's data directory, removed on dispose.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory(directoryPrefix).FullName;

    /// <summary>A test's own changes to the host's services, applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The clock the host runs on; null keeps the system clock, the configured public base URL and sweeps.</summary>
    protected virtual TimeProvider? HostClock => null;

    /// <summary>
    /// Whether the host seeds the demo cases as the embedded default does; off by default, so a test sees only the cases,
    /// tasks and emails it makes itself (and no background driving competes with it).
    /// </summary>
    protected virtual bool SeedsDemoCases => false;

    /// <summary>A client that sends the coordinator key.</summary>
    public HttpClient CreateCoordinatorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        return client;
    }

    /// <summary>The settings a factory adds to the shared ones.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>The services a factory changes, after the clock and before <see cref="ConfigureServices"/>.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <inheritdoc />
    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:CoordinatorApiKey", apiKey);
        // Every test client is one address; only a test that sets a limit meets it.
        builder.UseSetting("RateLimits:TaskLinks:PermitLimit", HostProcessOptions.TestRateLimit);
        builder.UseSetting("RateLimits:Login:PermitLimit", HostProcessOptions.TestRateLimit);
        if (!SeedsDemoCases) builder.UseSetting("Demo:SeedCases", "false");
        var clock = HostClock;
        if (clock is not null)
        {
            builder.UseSetting("Host:PublicBaseUrl", PublicBaseUrl);
            builder.UseSetting("Scheduling:DueBookmarkSweepCron", Never);
            builder.UseSetting("Scheduling:OutboxDispatcherCron", Never);
            // A seal in real time would stamp the chain with whatever moment the test clock shows then.
            builder.UseSetting("Scheduling:EvidenceSealCron", Never);
        }
        ConfigureSettings(builder);
        builder.ConfigureTestServices(services =>
        {
            if (clock is not null) services.AddSingleton(clock);
            ConfigureTestServices(services);
            ConfigureServices?.Invoke(services);
        });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
