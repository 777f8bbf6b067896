using ENamnd.Activities.Contracts;
using ENamnd.Activities.People;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// The real host in memory for the contract tests: SQLite in its own data directory (or a PostgreSQL
/// database), a clock the tests set, recurring jobs that never fire on their own, no demo people but a
/// coordinator, a contract owner and the committee's secretary.
/// </summary>
public sealed class ContractsHostFactory(string? postgres = null) : HostFactoryBase("enamnd-contracts-", ApiKey)
{
    public const string ApiKey = "contract-tests-coordinator-key-0123456789";
    public const string CoordinatorEmail = "samordnare@example.org";
    public const string OwnerEmail = "forvaltningsledare@example.org";
    public const string SecretaryEmail = "sekreterare@example.org";

    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>How many contracts monitoring reads at a time; null keeps the host's default.</summary>
    public int? ScanBatchSize { get; init; }

    /// <inheritdoc />
    protected override TimeProvider HostClock => Clock;

    /// <summary>Starts the host and adds the coordinator, the owner and the secretary to the directory (once per database).</summary>
    public async Task StartAsync()
    {
        _ = Server;
        var directory = Services.GetRequiredService<EfParticipantDirectory>();
        if (await directory.FindByEmailAsync(CoordinatorEmail) is not null) return;
        await directory.AddAsync([
            new Participant { Id = "samordnare", Name = "E-samordnaren", Email = CoordinatorEmail, Roles = [new RoleAssignment(Role.Esamordnare)] },
            new Participant { Id = "agare", Name = "Förvaltningsledaren", Email = OwnerEmail },
            new Participant { Id = "sekreterare", Name = "Nämndsekreteraren", Email = SecretaryEmail, Roles = [new RoleAssignment(Role.Sekreterare)] },
        ]);
    }

    /// <summary>The contract monitoring job.</summary>
    public IMonitorJob Monitor => Services.GetServices<IMonitorJob>().Single(j => j.JobId == ContractExpiryMonitor.Id);

    /// <summary>
    /// Runs the monitor at a Stockholm local day and time, then sends what it queued (the emails, and the decisions at
    /// contract end it starts) as the woken outbox would; returns how much the monitor did.
    /// </summary>
    public async Task<int> RunMonitorAtAsync(DateOnly day, TimeOnly localTime)
    {
        Clock.Set(Stockholm(day, localTime));
        var done = await Monitor.RunAsync(CancellationToken.None);
        await DispatchOutboxAsync();
        return done;
    }

    /// <summary>
    /// Sends every due outbox message until none is left unsent. A dispatch the wake-up started in the background may hold a
    /// message (SQLite waits for it; PostgreSQL skips the row it locked), so this looks again until the outbox is empty.
    /// </summary>
    public async Task DispatchOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        var now = Clock.GetUtcNow();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await dispatcher.DispatchAsync(CancellationToken.None);
            if (!(await OutboxAsync()).Any(m => m.SentAt is null && m.FailedAt is null && m.NextAttemptAt <= now)) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The outbox still holds due messages.");
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

    /// <summary>The outbox wake-ups the host asked for.</summary>
    public CountingOutboxWakeUp WakeUps => Services.GetRequiredService<CountingOutboxWakeUp>();

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        // The real wake-up still dispatches; the count shows how often it was asked.
        services.AddSingleton<OutboxWakeUp>();
        services.AddSingleton(p => new CountingOutboxWakeUp(p.GetRequiredService<OutboxWakeUp>()));
        services.AddSingleton<IOutboxWakeUp>(p => p.GetRequiredService<CountingOutboxWakeUp>());
    }

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", postgres ?? "");
        builder.UseSetting("Demo:SeedParticipants", "false");
        builder.UseSetting("Scheduling:ContractExpiryMonitorCron", Never);
        if (ScanBatchSize is { } size) builder.UseSetting("Contracts:ScanBatchSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
