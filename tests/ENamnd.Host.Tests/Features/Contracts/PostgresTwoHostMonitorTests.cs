using ENamnd.Activities.Contracts;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Contracts;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// Two hosts on one PostgreSQL database run contract monitoring at the same moment, several times:
/// each alert is in the outbox exactly once and each decision workflow is started once.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresTwoHostMonitorTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ContractsHostFactory first = null!;
    private ContractsHostFactory second = null!;

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync("contracts");
        first = new ContractsHostFactory(database);
        second = new ContractsHostFactory(database);
        await first.StartAsync();
        await second.StartAsync();
    }

    public Task DisposeAsync()
    {
        first.Dispose();
        second.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_SendEachAlertOnce_When_TwoHostsRunTheMonitorAtOnce()
    {
        var contracts = new List<ENamnd.Activities.Contracts.Contract>();
        for (var i = 0; i < 6; i++) contracts.Add(await first.AddContractAsync($"Avtal {i}", new DateOnly(2027, 3, 31).AddDays(-i)));
        var now = ContractsHostFactory.Stockholm(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));
        first.Clock.Set(now);
        second.Clock.Set(now);

        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Task.Run(() => first.Monitor.RunAsync(CancellationToken.None)), Task.Run(() => second.Monitor.RunAsync(CancellationToken.None)));
        // The decisions are started from the outbox, after the alerts' commit.
        await first.DispatchOutboxAsync();

        var outbox = await first.OutboxAsync();
        var alerts = await first.LedgerAsync(ContractLedgerKeys.AlertKind);
        Assert.Equal(contracts.Count, alerts.Count);
        var instances = second.Services.GetRequiredService<IWorkflowInstanceStore>();
        foreach (var contract in contracts)
        {
            var deadline = contract.Terms.EndDate;
            var alert = Assert.Single(alerts, a => a.Subject == contract.Subject);
            Assert.Equal(ContractLedgerKeys.Alert(contract.Id, deadline, 3).Value, alert.Key);
            Assert.Equal(alert.OutboxId, Assert.Single(outbox, m => m.InstanceId == contract.Subject).Id);
            var started = await instances.ListAsync(new WorkflowInstanceFilter(CorrelationId: contract.CorrelationId));
            Assert.Equal(ContractSchedule.DecisionInstanceId(contract.Id, deadline), Assert.Single(started).Id);
            Assert.Equal(WorkflowStatus.Running, started[0].Status);
        }
    }
}
