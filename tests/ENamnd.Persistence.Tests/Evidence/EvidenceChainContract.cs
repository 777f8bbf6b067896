using ENamnd.Persistence.Evidence;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Evidence;

/// <summary>What the sealer and the verifier promise on every database: each row sealed once, in one unbroken chain, and late rows kept out.</summary>
public abstract class EvidenceChainContract : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];

    protected TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The database a test runs on (a fresh one each call for PostgreSQL; one SQLite file per test).</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var provider in providers) await provider.DisposeAsync();
    }

    [Fact]
    public async Task Should_SealEveryRowOnceInOneUnbrokenChain_When_ThereAreMoreRowsThanABatch()
    {
        var services = await StartAsync(await DatabaseAsync());
        await AddAsync(services, audit: EvidenceVerifier.BatchSize + 234, decisions: 3);

        var first = await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        var second = await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        var report = await services.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Equal((EvidenceVerifier.BatchSize + 237, 0), (first, second));
        Assert.True(report.Intact, $"{report.FirstBreak}");
        Assert.Equal([new EvidenceTableReport("decisions", 3, 0, 0), new EvidenceTableReport("audit", EvidenceVerifier.BatchSize + 234, 0, 0)], report.Tables);
        Assert.Equal(EvidenceVerifier.BatchSize + 237, report.HeadSequence);
        var sequences = await LinksAsync(services, l => l.Sequence);
        Assert.Equal(Enumerable.Range(1, first).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task Should_SealARowLate_When_ItsStepCommittedJustAfterASeal()
    {
        var services = await StartAsync(await DatabaseAsync());
        await AddAsync(services, audit: 1);
        await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);

        // A step that began a minute before the seal and committed after it.
        await AddAsync(services, audit: 1, at: Clock.GetUtcNow().AddMinutes(-1));
        var sealedLate = await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        var report = await services.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Equal(1, sealedLate);
        Assert.True(report.Intact);
    }

    [Fact]
    public async Task Should_SealARow_When_ItCommitsAfterARowWithAHigherKeyWasSealed()
    {
        var services = await StartAsync(await DatabaseAsync());
        // Two steps at once: the one keyed 11 commits first and is sealed while the one keyed 10 is still committing.
        await AddAuditAsync(services, 11, Clock.GetUtcNow());
        await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(2));

        await AddAuditAsync(services, 10, Clock.GetUtcNow().AddSeconds(-3));
        var sealedLate = await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        var report = await services.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Equal(1, sealedLate);
        Assert.True(report.Intact, $"{report.FirstBreak}");
        Assert.Equal([11L, 10L], await LinksAsync(services, l => l.RowKey));
    }

    [Fact]
    public async Task Should_KeepARowOutOfTheChain_When_ItIsWrittenLongBeforeTheLastSeal()
    {
        var services = await StartAsync(await DatabaseAsync());
        await AddAsync(services, audit: 1);
        await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromHours(1));

        var late = await AddAsync(services, decisions: 1, at: Clock.GetUtcNow().AddHours(-2));
        await AddAsync(services, decisions: 1);
        var sealedNow = await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);
        var report = await services.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Equal(1, sealedNow);
        Assert.False(report.Intact);
        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.NotInChain, "decisions", late.Single(), null), report.FirstBreak);
        Assert.Equal(new EvidenceTableReport("decisions", 1, 0, 1), report.Tables[0]);
    }

    [Fact]
    public async Task Should_CountRowsAsNotYetSealed_When_TheyCameAfterTheLastSeal()
    {
        var services = await StartAsync(await DatabaseAsync());
        await AddAsync(services, audit: 1);
        await services.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None);

        await AddAsync(services, audit: 2);
        var report = await services.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.True(report.Intact);
        Assert.Equal(new EvidenceTableReport("audit", 1, 2, 0), report.Tables[1]);
    }

    [Fact]
    public async Task Should_AppendOneUnbrokenChain_When_TwoSealersRunAtOnce()
    {
        var database = await DatabaseAsync();
        var (first, second) = (await StartAsync(database), await StartAsync(database));
        await AddAsync(first, audit: 3 * EvidenceSealer.BatchSize, decisions: 10);

        var counts = await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None)),
            Task.Run(() => second.GetRequiredService<EvidenceSealer>().SealAsync(CancellationToken.None)));
        var report = await first.GetRequiredService<EvidenceVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Equal(3 * EvidenceSealer.BatchSize + 10, counts.Sum());
        Assert.True(report.Intact, $"{report.FirstBreak}");
        Assert.Equal(3 * EvidenceSealer.BatchSize + 10, report.HeadSequence);
    }

    /// <summary>A migrated set of stores on <paramref name="database"/>, on the test clock; disposed with the test.</summary>
    protected async Task<ServiceProvider> StartAsync(DatabaseSettings database)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock).AddENamndPersistence(database).BuildServiceProvider();
        providers.Add(services);
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return services;
    }

    // Writes audit records and decisions at the clock's time (or at), as steps do; returns the decisions' keys.
    private async Task<List<long>> AddAsync(ServiceProvider services, int audit = 0, int decisions = 0, DateTimeOffset? at = null)
    {
        var time = at ?? Clock.GetUtcNow();
        await using var db = await services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        db.Audit.AddRange(Enumerable.Range(0, audit).Select(i => new AuditRow { InstanceId = $"instans-{i}", Action = "resume", DefinitionVersion = 1, Timestamp = time }));
        var added = Enumerable.Range(0, decisions).Select(i => new DecisionRow
        {
            TaskId = Guid.NewGuid().ToString("N"), InstanceId = $"instans-{i}", Kind = "approval", Outcome = "Approved", Comment = "Bra underlag.",
            DecidedBy = "granskare@example.org", Channel = "api", DefinitionVersion = 1, DecidedAtUtc = time, DecidedAtLocal = "2026-03-18 13:00:00 +01:00",
        }).ToList();
        db.Decisions.AddRange(added);
        await db.SaveChangesAsync();
        return [.. added.Select(d => d.Id)];
    }

    private static async Task AddAuditAsync(ServiceProvider services, long key, DateTimeOffset at)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        db.Audit.Add(new AuditRow { Id = key, InstanceId = "instans", Action = "resume", DefinitionVersion = 1, Timestamp = at });
        await db.SaveChangesAsync();
    }

    private static async Task<List<T>> LinksAsync<T>(ServiceProvider services, System.Linq.Expressions.Expression<Func<EvidenceLinkRow, T>> select)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.EvidenceChain.AsNoTracking().OrderBy(l => l.Sequence).Select(select).ToListAsync();
    }
}
