using ENamnd.Host.Tests.Infrastructure.Logging;
using ENamnd.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>
/// The real host in memory for the task tests: its own SQLite data directory, a public base URL that
/// differs from the test server's address, a clock the tests move, every log event kept (at the most
/// verbose level), and recovery sweeps that never run on their own; on PostgreSQL when given a connection string.
/// </summary>
public sealed class TaskHostFactory() : HostFactoryBase("enamnd-tasks-", ApiKey)
{
    public const string ApiKey = "task-tests-coordinator-key-0123456789";

    /// <summary>The PostgreSQL database the host runs on; null for the embedded SQLite default.</summary>
    public string? Postgres { get; init; }

    /// <summary>The schema owner's connection to <see cref="Postgres"/>, for a host that works as a role of its own.</summary>
    public string? PostgresOwner { get; init; }

    private readonly InMemorySink logs = new();

    /// <summary>Starts now (to the second), so timers the host schedules in real time stay in the future.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>Everything the host logged, rendered with all properties.</summary>
    public string LogText => logs.Text;

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>The SQLite database file of a host without <see cref="Postgres"/>.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "enamnd.db");

    /// <inheritdoc />
    protected override TimeProvider HostClock => Clock;

    /// <summary>A client that does not follow redirects, so tests see the 303 of an answer.</summary>
    public HttpClient CreateParticipantClient()
    {
        // A browser: it follows no redirect by itself here, and asks for pages.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        if (Postgres is not null) builder.UseSetting("ConnectionStrings:Postgres", Postgres);
        if (PostgresOwner is not null) builder.UseSetting("ConnectionStrings:PostgresOwner", PostgresOwner);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
    }

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(logs);
}
