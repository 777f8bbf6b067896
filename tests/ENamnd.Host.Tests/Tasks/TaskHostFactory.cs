using ENamnd.Host.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace ENamnd.Host.Tests.Tasks;

/// <summary>
/// The real host in memory for the task tests: its own SQLite data directory, a public base URL that
/// differs from the test server's address, a clock the tests move, every log event kept (at the most
/// verbose level), and recovery sweeps that never run on their own.
/// </summary>
public sealed class TaskHostFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "task-tests-coordinator-key-0123456789";
    public const string PublicBaseUrl = "https://enamnd.example.org";
    private const string Never = "0 0 1 1 *";

    private readonly InMemorySink logs = new();

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("enamnd-tasks-").FullName;

    /// <summary>Starts now (to the second), so timers the host schedules in real time stay in the future.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>Everything the host logged, rendered with all properties.</summary>
    public string LogText => logs.Text;

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>A client that does not follow redirects, so tests see the 303 of an answer.</summary>
    /// <summary>A test's own changes to the host's services, applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public HttpClient CreateParticipantClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient CreateCoordinatorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", ApiKey);
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:CoordinatorApiKey", ApiKey);
        builder.UseSetting("Host:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Scheduling:DueBookmarkSweepCron", Never);
        builder.UseSetting("Scheduling:OutboxDispatcherCron", Never);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILogEventSink>(logs);
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
