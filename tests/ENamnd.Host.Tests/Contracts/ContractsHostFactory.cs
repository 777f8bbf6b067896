using System.Net.Http.Headers;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.People;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Contracts;
using ENamnd.Host.Monitoring;
using ENamnd.Host.ParticipantDirectory;
using ENamnd.Host.Persistence;
using ENamnd.Host.Persistence.Rows;
using ENamnd.Host.Tests.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Contracts;

/// <summary>
/// The real host in memory for the contract tests: SQLite in its own data directory (or a PostgreSQL
/// database), a clock the tests set, recurring jobs that never fire on their own, no demo people but a
/// coordinator and a contract owner.
/// </summary>
public sealed class ContractsHostFactory(string? postgres = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "contract-tests-coordinator-key-0123456789";
    public const string PublicBaseUrl = "https://enamnd.example.org";
    public const string CoordinatorEmail = "samordnare@example.org";
    public const string OwnerEmail = "forvaltningsledare@example.org";
    private const string Never = "0 0 1 1 *";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("enamnd-contracts-").FullName;

    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A test's own changes to the host's services, applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public HttpClient CreateCoordinatorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", ApiKey);
        return client;
    }

    /// <summary>Starts the host and adds the coordinator and the owner to the directory (once per database).</summary>
    public async Task StartAsync()
    {
        _ = Server;
        var directory = Services.GetRequiredService<EfParticipantDirectory>();
        if (await directory.FindByEmailAsync(CoordinatorEmail) is not null) return;
        await directory.AddAsync([
            new Participant { Id = "samordnare", Name = "E-samordnaren", Email = CoordinatorEmail, Roles = [new RoleAssignment(Role.Esamordnare)] },
            new Participant { Id = "agare", Name = "Förvaltningsledaren", Email = OwnerEmail },
        ]);
    }

    /// <summary>The contract monitoring job.</summary>
    public IMonitorJob Monitor => Services.GetServices<IMonitorJob>().Single(j => j.JobId == ContractExpiryMonitor.Id);

    /// <summary>Runs the monitor at a Stockholm local day and time; returns how much it did.</summary>
    public Task<int> RunMonitorAtAsync(DateOnly day, TimeOnly localTime)
    {
        Clock.Set(Stockholm(day, localTime));
        return Monitor.RunAsync(CancellationToken.None);
    }

    /// <summary>A Stockholm wall-clock moment as an instant.</summary>
    public static DateTimeOffset Stockholm(DateOnly day, TimeOnly time) => StockholmTime.ToInstant(day, time)!.Value;

    /// <summary>Registers a contract directly in the store.</summary>
    public async Task<Contract> AddContractAsync(string name, DateOnly end, int noticeMonths = 0, IReadOnlyList<ContractOption>? options = null, string owner = OwnerEmail)
    {
        var terms = new ContractTerms
        {
            Name = name,
            Supplier = "Leverantör AB",
            Kind = ContractKind.GemensamtAvtal,
            StartDate = end.AddYears(-4),
            EndDate = end,
            NoticePeriodMonths = noticeMonths,
            Options = options ?? [],
            Owner = owner,
            Municipalities = ["Luleå", "Boden"],
        };
        return await Services.GetRequiredService<ContractStore>().AddAsync(ENamnd.Engine.Runtime.IdGenerator.NewId(), terms, CancellationToken.None);
    }

    /// <summary>The ledger's entries, oldest first.</summary>
    public async Task<IReadOnlyList<SentNotificationRow>> LedgerAsync(string? kind = null)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<SentNotificationRow>().AsNoTracking().Where(r => kind == null || r.Kind == kind).ToListAsync();
        return rows.OrderBy(r => r.RecordedAt).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The outbox's rows.</summary>
    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().ToListAsync();
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:Postgres", postgres ?? "");
        builder.UseSetting("Auth:CoordinatorApiKey", ApiKey);
        builder.UseSetting("Host:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Demo:SeedParticipants", "false");
        builder.UseSetting("Scheduling:DueBookmarkSweepCron", Never);
        builder.UseSetting("Scheduling:OutboxDispatcherCron", Never);
        builder.UseSetting("Scheduling:ContractExpiryMonitorCron", Never);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
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
