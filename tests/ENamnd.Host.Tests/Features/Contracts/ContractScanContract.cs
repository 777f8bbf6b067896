using CsCheck;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Contracts;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Persistence.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// Contract monitoring's scan reads only the contracts that can owe something (see
/// <see cref="ContractSchedule.LastDeadlineAlertedBy"/>), and finds what the whole registry owes, on every database: for
/// random registries (options open or decided, decisions at contract end taken, contracts whose earliest deadline is not
/// known) and random days and lead times, the filtered pages give the same dues as the unfiltered ones.
/// </summary>
public abstract class ContractScanContract : IAsyncLifetime
{
    // Small pages, so the keyset paging meets the filter often.
    private const int PageSize = 3;

    private static readonly string[] Outcomes = ["", "", "", DecideContractEnd.Extend, DecideContractEnd.NewProject, DecideContractEnd.LetExpire];

    private static readonly Gen<ContractSpec> Specs = Gen.Select(
            Gen.Int[-400, 900], Gen.Int[0, 12], Gen.Select(Gen.Int[-200, 900], Gen.Int[1, 24], Gen.Enum<ContractOptionStatus>()).Array[0, 2],
            Gen.Int[0, Outcomes.Length - 1], Gen.Int[0, 9])
        .Select((end, notice, options, outcome, unknown) => new ContractSpec(end, notice, options, Outcomes[outcome], unknown == 0));

    private static readonly Gen<Registry> Registries = Gen.Select(
            Gen.Int[new DateOnly(2026, 1, 1).DayNumber, new DateOnly(2028, 12, 31).DayNumber], Specs.Array[5, 25],
            Gen.Int[1, 36].Array[1, 3], Gen.Int[0, 200])
        .Select((today, specs, leads, decidedDaysAgo) => new Registry(DateOnly.FromDayNumber(today), specs, [.. leads.Distinct()], decidedDaysAgo));

    private PersistenceHarness harness = null!;

    /// <summary>A migrated, empty database of the provider under test.</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public async Task InitializeAsync() => harness = await PersistenceHarness.StartAsync(await DatabaseAsync());

    public virtual async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_FindWhatTheWholeRegistryOwes_When_TheScanReadsOnlyContractsThatCanBeDue()
    {
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        var store = new ContractStore(contexts, TimeProvider.System);
        var (skipped, owing) = (0, 0);

        await Registries.SampleAsync(async registry =>
        {
            await SeedAsync(contexts, store, registry);
            var deadlineBy = ContractSchedule.LastDeadlineAlertedBy(registry.Today, registry.Leads.Max());
            var all = await ReadAsync(store, null);
            var read = await ReadAsync(store, deadlineBy);

            var owed = Dues(all, registry);
            Assert.Equal(owed, Dues(read, registry));
            if (read.Count < all.Count) skipped++;
            if (owed.Count > 0) owing++;
        }, iter: 60, threads: 1);

        // The registries were such that the filter left contracts out, and that contracts owed something.
        Assert.True(skipped > 10 && owing > 10, $"{skipped} scans left contracts out; {owing} found something owed.");
    }

    private static List<string> Dues(IReadOnlyList<Contract> contracts, Registry registry) =>
        [.. contracts.Select(c => ContractDue.On(c, registry.Today, registry.Leads)).OfType<ContractDue>().Select(d => $"{d.Key.Value} {d.Deadline.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal)];

    private static async Task<List<Contract>> ReadAsync(ContractStore store, DateOnly? deadlineBy)
    {
        var contracts = new List<Contract>();
        while (true)
        {
            var page = await store.ListUnsettledPageAsync(contracts.LastOrDefault()?.Id, PageSize, deadlineBy, CancellationToken.None);
            contracts.AddRange(page);
            if (page.Count < PageSize) return contracts;
        }
    }

    // The registry as the host writes it: registered through the store, decisions through the step's writer; a contract
    // whose earliest deadline is not known has it cleared, as one added by hand in SQL.
    private static async Task SeedAsync(IDbContextFactory<ENamndDbContext> contexts, ContractStore store, Registry registry)
    {
        await using (var db = await contexts.CreateDbContextAsync()) await db.Set<ContractRow>().ExecuteDeleteAsync();
        var writer = new ContractDecidedWriter(NullLogger<ContractDecidedWriter>.Instance);
        for (var i = 0; i < registry.Contracts.Length; i++)
        {
            var spec = registry.Contracts[i];
            var id = $"avtal-{i:D2}";
            await store.AddAsync(id, spec.Terms(registry.Today), CancellationToken.None);
            await using var db = await contexts.CreateDbContextAsync();
            if (spec.Outcome.Length > 0)
            {
                var decision = new ContractDecision
                {
                    ContractId = id,
                    Outcome = spec.Outcome,
                    InstanceId = $"beslut-{i}",
                    DecidedAt = ContractsHostFactory.Stockholm(registry.Today.AddDays(-registry.DecidedDaysAgo), new TimeOnly(10, 0)),
                };
                await writer.WriteAsync(db, ValueConverter.ToNode(decision)!.AsObject(), CancellationToken.None);
                await db.SaveChangesAsync();
            }
            if (spec.Unknown) await db.Set<ContractRow>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.EarliestDeadline, (DateOnly?)null));
        }
    }

    private sealed record Registry(DateOnly Today, ContractSpec[] Contracts, int[] Leads, int DecidedDaysAgo);

    // Days are counted from the registry's today, so that deadlines and alerts fall around it.
    private sealed record ContractSpec(int EndInDays, int NoticeMonths, (int DecideByInDays, int ExtendMonths, ContractOptionStatus Status)[] Options, string Outcome, bool Unknown)
    {
        public ContractTerms Terms(DateOnly today) => new()
        {
            Name = "Avtal",
            Supplier = "Leverantör AB",
            Kind = ContractKind.GemensamtAvtal,
            StartDate = today.AddYears(-4),
            EndDate = today.AddDays(EndInDays),
            NoticePeriodMonths = NoticeMonths,
            Options = [.. Options.Select(o => new ContractOption(o.ExtendMonths, today.AddDays(o.DecideByInDays), o.Status))],
            Owner = "agare@example.org",
            Municipalities = ["Luleå"],
        };
    }
}
