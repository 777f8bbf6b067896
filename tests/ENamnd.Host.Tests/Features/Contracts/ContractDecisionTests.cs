using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Contracts;
using ENamnd.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>The first alert starts "beslut vid avtalsslut" once; the answer is written back to the contract with the step.</summary>
public sealed class ContractDecisionTests : IAsyncLifetime
{
    private static readonly DateOnly OptionDecideBy = new(2027, 3, 31);
    private readonly ContractsHostFactory host = new();

    public Task InitializeAsync() => host.StartAsync();

    public Task DisposeAsync()
    {
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_StartTheDecisionOnce_When_AlertsFollowEachOther()
    {
        var contract = await AddAsync();

        await host.RunMonitorAtAsync(new DateOnly(2026, 3, 31), new TimeOnly(6, 0));
        await host.RunMonitorAtAsync(new DateOnly(2026, 9, 30), new TimeOnly(6, 0));

        var instance = Assert.Single(await InstancesAsync(contract));
        Assert.Equal(ContractEndWorkflow.Id, instance.DefinitionId);
        Assert.Equal(ContractSchedule.DecisionInstanceId(contract.Id, OptionDecideBy), instance.Id);
        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(2, (await host.LedgerAsync(ContractLedgerKeys.AlertKind)).Count);
    }

    [Fact]
    public async Task Should_ExerciseTheOptionAndAlertForTheNewDeadline_When_TheDecisionIsToExtend()
    {
        var contract = await AddAsync();
        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        await AnswerAsync(contract, DecideContractEnd.Extend, "§ 12");

        var extended = await StoreAsync(contract.Id);
        Assert.Equal(new DateOnly(2029, 12, 31), extended.Terms.EndDate);
        Assert.Equal(ContractOptionStatus.Exercised, Assert.Single(extended.Terms.Options).Status);
        Assert.Equal(DecideContractEnd.Extend, extended.Decision!.Outcome);
        Assert.Equal("§ 12", extended.Decision.Reference);
        Assert.False(extended.IsSettled);
        // Now the notice deadline counts: 31 Dec 2029 − 6 months; its 12-month alert falls on 30 Jun 2028.
        await host.RunMonitorAtAsync(new DateOnly(2028, 6, 30), new TimeOnly(6, 0));
        var alerts = await host.LedgerAsync(ContractLedgerKeys.AlertKind);
        Assert.Equal(ContractLedgerKeys.Alert(contract.Id, new DateOnly(2029, 6, 30), 12).Value, alerts[^1].Key);
        Assert.Equal(2, (await InstancesAsync(contract)).Count);
    }

    [Fact]
    public async Task Should_TellTheCoordinatorToStartANewCaseAndStopMonitoring_When_TheDecisionIsANewProject()
    {
        var contract = await AddAsync();
        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        await AnswerAsync(contract, DecideContractEnd.NewProject, null);

        var settled = await StoreAsync(contract.Id);
        Assert.True(settled.IsSettled);
        Assert.Equal(ContractOptionStatus.Declined, Assert.Single(settled.Terms.Options).Status);
        var mails = (await host.OutboxAsync()).Select(m => JsonSerializer.Deserialize<EmailMessage>(m.Payload, ValueConverter.JsonOptions)!).ToList();
        var newCase = Assert.Single(mails, m => m.Subject.StartsWith("Starta ett nytt ärende", StringComparison.Ordinal));
        Assert.Equal([ContractsHostFactory.CoordinatorEmail], newCase.To.Select(t => t.Address));
        Assert.Contains("Kvalificering av idé", newCase.TextBody);
        Assert.Contains("E-tjänsteplattform", newCase.Subject);
        // Settled: no more alerts, and no warning when it ends.
        var before = (await host.LedgerAsync()).Count;
        await host.RunMonitorAtAsync(new DateOnly(2027, 6, 30), new TimeOnly(6, 0));
        await host.RunMonitorAtAsync(new DateOnly(2028, 1, 2), new TimeOnly(6, 0));
        Assert.Equal(before, (await host.LedgerAsync()).Count);
    }

    [Fact]
    public async Task Should_OfferNoExtension_When_TheOptionLapsedBeforeTheDecisionStarts()
    {
        var contract = await AddAsync();

        // The option's decide-by day (31 Mar 2027) has passed: the notice deadline (30 Jun 2027) counts now.
        await host.RunMonitorAtAsync(new DateOnly(2027, 4, 30), new TimeOnly(6, 0));

        var instance = Assert.Single(await InstancesAsync(contract));
        Assert.Equal(ContractSchedule.DecisionInstanceId(contract.Id, new DateOnly(2027, 6, 30)), instance.Id);
        Assert.False((bool)instance.Input[ContractEndWorkflow.Inputs.CanExtend]!);
    }

    [Fact]
    public async Task Should_OfferTheExtension_When_TheOptionIsStillOpen()
    {
        var contract = await AddAsync();

        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        Assert.True((bool)Assert.Single(await InstancesAsync(contract)).Input[ContractEndWorkflow.Inputs.CanExtend]!);
    }

    private Task<ENamnd.Activities.Contracts.Contract> AddAsync() =>
        host.AddContractAsync("E-tjänsteplattform", new DateOnly(2027, 12, 31), noticeMonths: 6, options: [new(24, OptionDecideBy)]);

    private async Task<ENamnd.Activities.Contracts.Contract> StoreAsync(string id) =>
        (await host.Services.GetRequiredService<ContractStore>().FindAsync(id, CancellationToken.None))!;

    private Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(ENamnd.Activities.Contracts.Contract contract) =>
        host.Services.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceFilter(CorrelationId: contract.CorrelationId));

    // The same resume path as the task page: the bookmark of one decider's task, with the answer.
    private async Task AnswerAsync(ENamnd.Activities.Contracts.Contract contract, string outcome, string? reference)
    {
        var instance = Assert.Single(await InstancesAsync(contract));
        var bookmarks = await host.Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instance.Id);
        Assert.Equal(2, bookmarks.Count);
        var bookmark = bookmarks[0];
        var result = await host.Services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmark.Id, new JsonObject
        {
            ["taskId"] = (string?)bookmark.Payload?["taskId"],
            ["outcome"] = outcome,
            ["reference"] = reference,
            ["decidedBy"] = ContractsHostFactory.CoordinatorEmail,
            ["channel"] = "test",
        });
        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        Assert.Equal(WorkflowStatus.Finished, result.Instance!.Status);
    }
}
