using ENamnd.Host.Infrastructure.Database;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.Host.Infrastructure.Health;
using ENamnd.Host.Tests.Infrastructure.Email;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Infrastructure.Health;

/// <summary>Each readiness check, healthy and unhealthy, with a description that names no server, path or error.</summary>
public sealed class HealthChecksTests
{
    private readonly TestClock clock = new(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Should_ReportDatabase_When_ReachableOrNot()
    {
        await using var database = await HealthTestDatabase.CreateAsync();
        Assert.Equal(HealthStatus.Healthy, (await Check(new DatabaseHealthCheck(database.Contexts, NullLogger<DatabaseHealthCheck>.Instance))).Status);

        var missing = Path.Combine(Path.GetTempPath(), "enamnd-no-such-" + Guid.NewGuid().ToString("N"), "enamnd.db");
        var unreachable = new PooledDbContextFactory<ENamndDbContext>(
            new DbContextOptionsBuilder<ENamndDbContext>().UseSqlite($"Data Source={missing};Mode=ReadWrite").Options);
        var result = await Check(new DatabaseHealthCheck(unreachable, NullLogger<DatabaseHealthCheck>.Instance));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Databasen svarar inte.", result.Description);
    }

    [Fact]
    public async Task Should_ReportMissingMigrations_When_TheSchemaIsBehindTheHost()
    {
        await using var database = await HealthTestDatabase.CreateAsync();
        var check = new MigrationsHealthCheck(database.Contexts, Migrator(database), NullLogger<MigrationsHealthCheck>.Instance);
        Assert.Equal(HealthStatus.Healthy, (await Check(check)).Status);

        await using (var db = await database.Contexts.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)");
        var result = await Check(check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Databasens schema saknar 1 migrering(ar).", result.Description);
    }

    [Fact]
    public async Task Should_ReportTheScheduler_When_NoServerOfThisProcessBeats()
    {
        using var storage = new InMemoryStorage();

        var result = await Check(new HangfireServerHealthCheck(storage, NullLogger<HangfireServerHealthCheck>.Instance));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Schemaläggaren (Hangfire) är inte igång.", result.Description);
    }

    [Fact]
    public async Task Should_ReportAStuckOutbox_When_APendingMessageIsOlderThanTheThreshold()
    {
        await using var database = await HealthTestDatabase.CreateAsync();
        var check = new OutboxHealthCheck(new OutboxBacklog(database.Contexts), Options.Create(new HealthOptions()), clock, NullLogger<OutboxHealthCheck>.Instance);
        await AddOutboxAsync(database, "fresh", clock.GetUtcNow().AddMinutes(-1));
        await AddOutboxAsync(database, "given-up", clock.GetUtcNow().AddDays(-1), failed: true);
        var healthy = await Check(check);
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal("Utkorgen skickar: 1 meddelande väntar. 1 meddelande har gett upp efter upprepade fel.", healthy.Description);

        await AddOutboxAsync(database, "old", clock.GetUtcNow().AddMinutes(-16));
        var stuck = await Check(check);

        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.StartsWith("Utkorgen har fastnat: det äldsta av 2 ej skickade meddelanden har väntat mer än 15 minuter.", stuck.Description);
    }

    [Fact]
    public async Task Should_ProbeSmtpOnceInAWhile_And_ReportItDown_When_TheServerStops()
    {
        var sink = new SmtpSink();
        var email = new EmailOptions
        {
            Mode = EmailMode.Smtp,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = SmtpSecurity.None, AllowInsecureLoopback = true },
        };
        var check = new SmtpHealthCheck(Options.Create(email), Options.Create(new HealthOptions()), clock, NullLogger<SmtpHealthCheck>.Instance);
        Assert.Equal(HealthStatus.Healthy, (await Check(check)).Status);

        await sink.DisposeAsync();
        // Within the cache time the last answer stands, so probes do not load the mail server.
        Assert.Equal(HealthStatus.Healthy, (await Check(check)).Status);
        clock.Advance(TimeSpan.FromSeconds(31));
        var result = await Check(check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("SMTP-servern svarar inte.", result.Description);
    }

    [Fact]
    public async Task Should_BeHealthyWithoutProbing_When_EmailGoesToThePickupDirectory()
    {
        var check = new SmtpHealthCheck(Options.Create(new EmailOptions()), Options.Create(new HealthOptions()), clock, NullLogger<SmtpHealthCheck>.Instance);

        Assert.Equal(HealthStatus.Healthy, (await Check(check)).Status);
    }

    private static Task<HealthCheckResult> Check(IHealthCheck check) => check.CheckHealthAsync(new HealthCheckContext
    {
        Registration = new HealthCheckRegistration("test", check, HealthStatus.Unhealthy, null),
    });

    private static SchemaMigrator Migrator(HealthTestDatabase database) =>
        (SchemaMigrator)database.Services.GetService(typeof(SchemaMigrator))!;

    private static async Task AddOutboxAsync(HealthTestDatabase database, string id, DateTimeOffset createdAt, bool failed = false)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        db.Outbox.Add(new OutboxRow
        {
            Id = id, Kind = "email", Payload = "{}", InstanceId = "i", CreatedAt = createdAt, NextAttemptAt = createdAt,
            FailedAt = failed ? createdAt : null, Attempts = failed ? 10 : 0,
        });
        await db.SaveChangesAsync();
    }
}
