using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Features.Meetings;
using ENamnd.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// The first alert starts "beslut vid avtalsslut" once, for the committee's last meeting by the deadline; the owner and the
/// coordinator propose, and the committee's bifall is written back to the contract with the step.
/// </summary>
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
    public async Task Should_DecideAtTheLastCommitteeMeetingByTheDeadline_When_MeetingsArePlanned()
    {
        var contract = await AddAsync();
        host.Clock.Set(ContractsHostFactory.Stockholm(new DateOnly(2026, 12, 1), new TimeOnly(9, 0)));
        using var coordinator = host.CreateCoordinatorClient();
        await CreateCommitteeMeetingAsync(coordinator, "2027-02-10");
        var last = await CreateCommitteeMeetingAsync(coordinator, "2027-03-31");
        await CreateCommitteeMeetingAsync(coordinator, "2027-04-14");

        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        var meeting = await host.Services.GetRequiredService<MeetingCalendar>().FindAsync(last);
        var input = Assert.Single(await InstancesAsync(contract)).Input[ContractEndWorkflow.Inputs.MeetingDate];
        Assert.Equal(meeting!.StartsAt, ValueConverter.Convert<DateTimeOffset>(input));
    }

    [Fact]
    public async Task Should_LeaveTheMeetingOpen_When_NoCommitteeMeetingIsPlannedByTheDeadline()
    {
        var contract = await AddAsync();

        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        Assert.Null(Assert.Single(await InstancesAsync(contract)).Input[ContractEndWorkflow.Inputs.MeetingDate]);
    }

    [Fact]
    public async Task Should_DecideNothing_When_OnlyTheProposalIsMade()
    {
        var contract = await AddAsync();
        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        await ProposeAsync(contract, DecideContractEnd.LetExpire);

        var undecided = await StoreAsync(contract.Id);
        Assert.Null(undecided.Decision);
        Assert.Equal(ContractOptionStatus.Open, Assert.Single(undecided.Terms.Options).Status);
        // The workflow waits for the committee: the secretary's one task.
        var instance = Assert.Single(await InstancesAsync(contract));
        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Single(await host.Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instance.Id));
    }

    [Fact]
    public async Task Should_ExerciseTheOptionAndAlertForTheNewDeadline_When_TheCommitteeDecidesToExtend()
    {
        var contract = await AddAsync();
        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        await ProposeAsync(contract, DecideContractEnd.Extend);
        await DecideAsync(contract, "§ 12");

        var extended = await StoreAsync(contract.Id);
        Assert.Equal(new DateOnly(2029, 12, 31), extended.Terms.EndDate);
        Assert.Equal(ContractOptionStatus.Exercised, Assert.Single(extended.Terms.Options).Status);
        Assert.Equal(DecideContractEnd.Extend, extended.Decision!.Outcome);
        Assert.Equal(("§ 12", "nämnden"), (extended.Decision.Reference, extended.Decision.DecidedBy));
        Assert.False(extended.IsSettled);
        // Now the notice deadline counts: 31 Dec 2029 − 6 months; its 12-month alert falls on 30 Jun 2028.
        await host.RunMonitorAtAsync(new DateOnly(2028, 6, 30), new TimeOnly(6, 0));
        var alerts = await host.LedgerAsync(ContractLedgerKeys.AlertKind);
        Assert.Equal(ContractLedgerKeys.Alert(contract.Id, new DateOnly(2029, 6, 30), 12).Value, alerts[^1].Key);
        Assert.Equal(2, (await InstancesAsync(contract)).Count);
    }

    [Fact]
    public async Task Should_TellTheCoordinatorToStartANewCaseAndStopMonitoring_When_TheCommitteeDecidesOnANewProject()
    {
        var contract = await AddAsync();
        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        await ProposeAsync(contract, DecideContractEnd.NewProject);
        await DecideAsync(contract, "§ 14");

        var settled = await StoreAsync(contract.Id);
        Assert.True(settled.IsSettled);
        Assert.Equal(ContractOptionStatus.Declined, Assert.Single(settled.Terms.Options).Status);
        var mails = (await host.OutboxAsync()).Where(m => m.Kind == EmailMessage.Kind).Select(m => JsonSerializer.Deserialize<EmailMessage>(m.Payload, ValueConverter.JsonOptions)!).ToList();
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

    // The same resume path as the task page: the bookmark of one proposer's task (the owner's or the coordinator's), with the proposal.
    private async Task ProposeAsync(ENamnd.Activities.Contracts.Contract contract, string proposal)
    {
        var instance = Assert.Single(await InstancesAsync(contract));
        var bookmarks = await host.Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instance.Id);
        Assert.Equal(2, bookmarks.Count);
        var result = await ResumeAsync(bookmarks[0], proposal, null, ContractsHostFactory.CoordinatorEmail);
        Assert.Equal(WorkflowStatus.Running, result.Instance!.Status);
    }

    // The secretary records the committee's bifall from the checked minutes, in force when recorded.
    private async Task DecideAsync(ENamnd.Activities.Contracts.Contract contract, string paragraph)
    {
        var instance = Assert.Single(await InstancesAsync(contract));
        var secretary = Assert.Single(await host.Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instance.Id));
        var result = await ResumeAsync(secretary, AwaitCommitteeDecision.Approved, paragraph, ContractsHostFactory.SecretaryEmail);
        Assert.Equal(WorkflowStatus.Finished, result.Instance!.Status);
    }

    private async Task<ResumeResult> ResumeAsync(Bookmark bookmark, string outcome, string? reference, string by)
    {
        var result = await host.Services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmark.Id, new JsonObject
        {
            ["taskId"] = (string?)bookmark.Payload?["taskId"],
            ["outcome"] = outcome,
            ["reference"] = reference,
            ["decidedBy"] = by,
            ["channel"] = "test",
        });
        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        return result;
    }
}
