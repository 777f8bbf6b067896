using ENamnd.Activities.Contracts;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Contracts;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// Contract monitoring in batches of two contracts, on every database: a batch that fails writes none of its emails or
/// decisions while the others are written, and the next run writes exactly the missing ones; two runs at once send each
/// alert once and queue each decision once.
/// </summary>
public abstract class ContractMonitorBatchContract : IAsyncLifetime
{
    private const int BatchSize = 2;
    private const string FailingTrigger = "test_fail_ledger_insert";
    private static readonly DateOnly Today = new(2026, 12, 31);
    private readonly List<ContractsHostFactory> hosts = [];

    /// <summary>Two hosts on one database (on SQLite, the same host twice: one host per file).</summary>
    protected abstract Task<(ContractsHostFactory First, ContractsHostFactory Second)> StartHostsAsync(int batchSize);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var host in hosts.Distinct()) host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_SendEachAlertOnce_When_ABatchFailsAndTheRunIsRepeated()
    {
        var (host, _) = await HostsAsync();
        var contracts = await AddContractsAsync(host, 5);
        // In id order the batches are [0 1] [2 3] [4]; the second fails as a crash in its transaction would.
        var failing = contracts[2];
        await FailLedgerInsertAsync(host, ContractLedgerKeys.Alert(failing.Id, failing.Terms.EndDate, 3).Value);

        // Two batches written: 3 alerts and their 3 decisions queued.
        Assert.Equal(6, await host.RunMonitorAtAsync(Today, new TimeOnly(6, 0)));

        var written = contracts.Where(c => c != contracts[2] && c != contracts[3]).ToList();
        Assert.Equal(written.Select(c => c.Subject).Order(), (await host.LedgerAsync(ContractLedgerKeys.AlertKind)).Select(r => r.Subject).Order());
        var outbox = await host.OutboxAsync();
        // Nothing of the failed batch was saved: neither its emails nor its decisions.
        Assert.DoesNotContain(outbox, m => m.InstanceId == contracts[2].Subject || m.InstanceId == contracts[3].Subject);
        Assert.Empty(await InstancesAsync(host, contracts[2]));
        Assert.Empty(await InstancesAsync(host, contracts[3]));

        await HealAsync(host);
        Assert.Equal(4, await host.RunMonitorAtAsync(Today, new TimeOnly(6, 30)));
        Assert.Equal(0, await host.RunMonitorAtAsync(Today, new TimeOnly(7, 0)));

        await AssertEachOnceAsync(host, contracts);
    }

    [Fact]
    public async Task Should_SendEachAlertOnceAndQueueEachDecisionOnce_When_TwoRunsGoAtOnce()
    {
        var (first, second) = await HostsAsync();
        var contracts = await AddContractsAsync(first, 7);
        var now = ContractsHostFactory.Stockholm(Today, new TimeOnly(6, 0));
        first.Clock.Set(now);
        second.Clock.Set(now);

        var done = 0;
        for (var round = 0; round < 3; round++)
        {
            var runs = await Task.WhenAll(Task.Run(() => first.Monitor.RunAsync(CancellationToken.None)), Task.Run(() => second.Monitor.RunAsync(CancellationToken.None)));
            done += runs.Sum();
        }
        await first.DispatchOutboxAsync();

        // 7 alerts and 7 decisions, each written by one of the runs.
        Assert.Equal(2 * contracts.Count, done);
        await AssertEachOnceAsync(first, contracts);
    }

    [Fact]
    public async Task Should_WakeTheOutboxOncePerRun_When_TheRunQueuesSeveralBatches()
    {
        var (host, _) = await HostsAsync();
        var contracts = await AddContractsAsync(host, 5);
        host.Clock.Set(ContractsHostFactory.Stockholm(Today, new TimeOnly(6, 0)));
        var before = host.WakeUps.Wakes;

        // Three batches, each its own transaction, then one wake-up.
        Assert.Equal(2 * contracts.Count, await host.Monitor.RunAsync(CancellationToken.None));
        Assert.Equal(before + 1, host.WakeUps.Wakes);
        // The decisions started from the outbox wake it themselves; a run that finds everything done asks for nothing.
        await host.DispatchOutboxAsync();
        var dispatched = host.WakeUps.Wakes;
        Assert.Equal(0, await host.Monitor.RunAsync(CancellationToken.None));
        Assert.Equal(dispatched, host.WakeUps.Wakes);

        await AssertEachOnceAsync(host, contracts);
    }

    private async Task<(ContractsHostFactory First, ContractsHostFactory Second)> HostsAsync()
    {
        var pair = await StartHostsAsync(BatchSize);
        hosts.Add(pair.First);
        hosts.Add(pair.Second);
        return pair;
    }

    // Ending on consecutive days, so that the 3-month alert of each is due today; in id order, as the batches take them.
    private static async Task<List<Contract>> AddContractsAsync(ContractsHostFactory host, int count)
    {
        var contracts = new List<Contract>();
        for (var i = 0; i < count; i++) contracts.Add(await host.AddContractAsync($"Avtal {i}", new DateOnly(2027, 3, 31).AddDays(-i)));
        return [.. contracts.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    private static async Task AssertEachOnceAsync(ContractsHostFactory host, IReadOnlyList<Contract> contracts)
    {
        var alerts = await host.LedgerAsync(ContractLedgerKeys.AlertKind);
        var outbox = await host.OutboxAsync();
        Assert.Equal(contracts.Count, alerts.Count);
        Assert.Equal(contracts.Count, outbox.Count(m => m.Kind == ContractDecisionQueue.Kind));
        foreach (var contract in contracts)
        {
            var alert = Assert.Single(alerts, a => a.Subject == contract.Subject);
            Assert.Equal(ContractLedgerKeys.Alert(contract.Id, contract.Terms.EndDate, 3).Value, alert.Key);
            Assert.Equal(alert.OutboxId, Assert.Single(outbox, m => m.InstanceId == contract.Subject).Id);
            var started = Assert.Single(await InstancesAsync(host, contract));
            Assert.Equal(ContractSchedule.DecisionInstanceId(contract.Id, contract.Terms.EndDate), started.Id);
        }
    }

    private static Task<IReadOnlyList<ENamnd.Engine.Runtime.WorkflowInstance>> InstancesAsync(ContractsHostFactory host, Contract contract) =>
        host.Services.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceFilter(CorrelationId: contract.CorrelationId));

    // A trigger refuses the ledger row of one key, so the transaction of the batch that holds it fails.
    private static async Task FailLedgerInsertAsync(ContractsHostFactory host, string key)
    {
        await using var db = await ContextAsync(host);
        var quoted = key.Replace("'", "''", StringComparison.Ordinal);
        // DDL takes no parameters; the key is the test's own, quoted.
        string[] statements = db.Database.IsNpgsql()
            ?
            [
                $"CREATE FUNCTION {FailingTrigger}() RETURNS trigger AS $$ BEGIN IF NEW.key = '{quoted}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                $"CREATE TRIGGER {FailingTrigger} BEFORE INSERT ON sent_notifications FOR EACH ROW EXECUTE FUNCTION {FailingTrigger}()",
            ]
            : [$"CREATE TRIGGER {FailingTrigger} BEFORE INSERT ON sent_notifications WHEN NEW.key = '{quoted}' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"];
        foreach (var statement in statements) await db.Database.ExecuteSqlRawAsync(statement);
    }

    private static async Task HealAsync(ContractsHostFactory host)
    {
        await using var db = await ContextAsync(host);
        var statement = db.Database.IsNpgsql() ? $"DROP TRIGGER {FailingTrigger} ON sent_notifications" : $"DROP TRIGGER {FailingTrigger}";
        await db.Database.ExecuteSqlRawAsync(statement);
    }

    private static Task<ENamndDbContext> ContextAsync(ContractsHostFactory host) =>
        host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
}
