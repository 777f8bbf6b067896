using ENamnd.Host.Features;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.Workflows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The meeting services on a given database (migrated), a manual clock and in-memory Hangfire (no server, so enqueued jobs stay put).</summary>
public sealed class MeetingHarness : IAsyncDisposable
{
    private readonly string? sqliteDirectory;

    private MeetingHarness(ServiceProvider services, TestClock clock, string? sqliteDirectory)
    {
        Services = services;
        Clock = clock;
        this.sqliteDirectory = sqliteDirectory;
    }

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The manual clock every service reads.</summary>
    public TestClock Clock { get; }

    /// <summary>The calendar.</summary>
    public MeetingCalendar Calendar => Services.GetRequiredService<MeetingCalendar>();

    /// <summary>The writer.</summary>
    public MeetingWriter Writer => Services.GetRequiredService<MeetingWriter>();

    /// <summary>A new database context.</summary>
    public ENamndDbContext Db() => Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContext();

    /// <summary>A harness on a fresh SQLite file.</summary>
    public static Task<MeetingHarness> SqliteAsync(DateTimeOffset now, Action<IServiceCollection>? configure = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("enamnd-meetings-").FullName;
        return StartAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "meetings.db")}"), now, configure, directory);
    }

    /// <summary>A harness on <paramref name="database"/>, its clock at <paramref name="now"/>.</summary>
    public static async Task<MeetingHarness> StartAsync(DatabaseSettings database, DateTimeOffset now, Action<IServiceCollection>? configure = null, string? sqliteDirectory = null)
    {
        var clock = new TestClock(now.ToUniversalTime());
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(clock)
            .AddENamndPersistence(database)
            // The engine too: a justering continues the workflows that wait for it.
            .AddENamndWorkflows()
            .AddFeature<ParticipantsFeature>()
            .Configure<DemoOptions>(o => o.SeedParticipants = false)
            .AddFeature<MeetingsFeature>();
        services.AddENamndHangfire(database);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new MeetingHarness(provider, clock, sqliteDirectory);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (sqliteDirectory is null) return;
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(sqliteDirectory, recursive: true);
    }
}
