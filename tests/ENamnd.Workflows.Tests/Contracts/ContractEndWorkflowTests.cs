using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Workflows.Contracts;

namespace ENamnd.Workflows.Tests.Contracts;

/// <summary>
/// Beslut vid avtalsslut on a manual clock: the owner and the coordinator propose, the committee decides at the meeting
/// contract monitoring chose, and only a bifall writes the decision (with its §) to the contract.
/// </summary>
public class ContractEndWorkflowTests
{
    private const string ContractId = "c1";
    private const string ContractCase = "2021/29-2.2.0.1";
    private const string Matter = "Beslut vid avtalsslut: E-tjänsteplattform – förslag: ";
    private static readonly DateTimeOffset Meeting = new(2022, 3, 16, 13, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Should_WriteTheProposalWithTheCommitteesParagraph_When_TheCommitteeApprovesIt()
    {
        var harness = await ProcessHarness.StartAsync();
        var instance = await StartAsync(harness);
        var proposal = Assert.Single(harness.OpenTasks);
        Assert.Equal((DecideContractEnd.TaskKind, "Förslag till beslut vid avtalsslut: E-tjänsteplattform"), (proposal.Kind, proposal.Title));
        Assert.Equal([DecideContractEnd.Extend, DecideContractEnd.NewProject, DecideContractEnd.LetExpire], proposal.Choices.Select(c => c.Value));
        Assert.False(proposal.AsksForReference);
        Assert.DoesNotContain("§", proposal.Question, StringComparison.Ordinal);

        await harness.AdvanceAsync(TimeSpan.FromDays(20));
        await ProposeAsync(harness, DecideContractEnd.LetExpire, "Tjänsten ersätts av den nationella lösningen.");

        // The proposal decides nothing: the matter is on the agenda of the chosen meeting, under the contract's case.
        Assert.Empty(Decided(harness));
        var item = Assert.Single(harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item));
        Assert.Equal((ContractCase, Matter + "låt avtalet löpa ut", Meeting), (item.CaseNumber, item.Matter, item.MeetingDate));
        var secretary = Assert.Single(harness.OpenTasks);
        Assert.Equal((AwaitCommitteeDecision.TaskKind, ContractCase, ProcessHarness.SecretaryEmail), (secretary.Kind, secretary.CaseNumber, secretary.Recipient.Email));
        Assert.Contains("Förslag till beslut: låt avtalet löpa ut.", secretary.Question, StringComparison.Ordinal);
        Assert.Contains("Motivering: Tjänsten ersätts av den nationella lösningen.", secretary.Question, StringComparison.Ordinal);
        Assert.Contains($"Förslaget lämnades av {ProcessHarness.CoordinatorEmail}.", secretary.Question, StringComparison.Ordinal);
        Assert.Contains("Beslut senast: 31 mars 2022", secretary.Question, StringComparison.Ordinal);

        await harness.AdvanceAsync(TimeSpan.FromDays(45));
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 12");

        var decision = Assert.Single(Decided(harness));
        Assert.Equal((ContractId, DecideContractEnd.LetExpire, "§ 12", "nämnden", instance.Id), (decision.ContractId, decision.Outcome, decision.Reference, decision.DecidedBy, decision.InstanceId));
        Assert.Equal(harness.Clock.GetUtcNow(), decision.DecidedAt);
        Assert.Equal(WorkflowStatus.Finished, (await harness.ReloadAsync(instance.Id)).Status);
        Assert.DoesNotContain(harness.Emails, m => m.Subject.StartsWith("Starta ett nytt ärende", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AwaitCommitteeDecision.Rejected)]
    [InlineData(AwaitCommitteeDecision.ReturnedForRevision)]
    public async Task Should_AskForANewProposalForTheNextMeeting_When_TheCommitteeRejectsOrReturnsIt(string outcome)
    {
        var harness = await ProcessHarness.StartAsync();
        var instance = await StartAsync(harness);
        await ProposeAsync(harness, DecideContractEnd.Extend);

        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, outcome, "§ 13");

        Assert.Empty(Decided(harness));
        Assert.Equal(DecideContractEnd.TaskKind, Assert.Single(harness.OpenTasks).Kind);
        await ProposeAsync(harness, DecideContractEnd.NewProject);
        var again = harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item)[^1];
        // The meeting that dealt with it has been: the new proposal goes to the next one.
        Assert.Equal((ContractCase, Matter + "nytt projekt", (DateTimeOffset?)null), (again.CaseNumber, again.Matter, again.MeetingDate));
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 20");

        var decision = Assert.Single(Decided(harness));
        Assert.Equal((DecideContractEnd.NewProject, "§ 20"), (decision.Outcome, decision.Reference));
        Assert.Equal(WorkflowStatus.Finished, (await harness.ReloadAsync(instance.Id)).Status);
        var newCase = Assert.Single(harness.Emails, m => m.Subject == "Starta ett nytt ärende: E-tjänsteplattform");
        Assert.Equal([ProcessHarness.CoordinatorEmail], newCase.To.Select(t => t.Address));
    }

    [Fact]
    public async Task Should_StayWithTheCommitteeUntilItsNextMeeting_When_TheMatterIsTabled()
    {
        var harness = await ProcessHarness.StartAsync();
        var instance = await StartAsync(harness);
        await ProposeAsync(harness, DecideContractEnd.Extend);

        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Tabled, "§ 14");

        Assert.Empty(Decided(harness));
        Assert.Equal(AwaitCommitteeDecision.TaskKind, Assert.Single(harness.OpenTasks).Kind);
        var items = harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item);
        Assert.Equal(2, items.Count);
        Assert.Equal((ContractCase, Matter + "förläng avtalet (nästa option)", (DateTimeOffset?)null), (items[1].CaseNumber, items[1].Matter, items[1].MeetingDate));
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 30");

        var decision = Assert.Single(Decided(harness));
        Assert.Equal((DecideContractEnd.Extend, "§ 30"), (decision.Outcome, decision.Reference));
        Assert.Equal(WorkflowStatus.Finished, (await harness.ReloadAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task Should_WriteTheDecisionOnlyAtTheJustering_When_TheBifallIsRecordedForTheMeeting()
    {
        var harness = await ProcessHarness.StartAsync();
        var instance = await StartAsync(harness);
        await ProposeAsync(harness, DecideContractEnd.Extend);
        var secretary = Assert.Single(harness.OpenTasks);
        harness.Clock.Set(Meeting.AddHours(1));

        await harness.Runtime.ResumeAsync(secretary.BookmarkId, (JsonObject)ValueConverter.ToNode(
            new TaskDecision(secretary.TaskId, AwaitCommitteeDecision.Approved, null, "§ 5", secretary.Recipient.Email, "meeting", Meeting: new MeetingRecord(new DateOnly(2026, 3, 16))))!);
        Assert.Empty(Decided(harness));
        var inForce = Assert.Single((await harness.ReloadAsync(instance.Id)).Bookmarks, b => b.Is(AwaitCommitteeDecision.InForce));
        await harness.AdvanceAsync(TimeSpan.FromDays(10));
        await harness.Runtime.ResumeAsync(inForce.Id);

        var decision = Assert.Single(Decided(harness));
        // Decided at the meeting, when it was recorded: an option's decide-by day is met by the meeting, not the justering.
        Assert.Equal((DecideContractEnd.Extend, "§ 5", Meeting.AddHours(1)), (decision.Outcome, decision.Reference, decision.DecidedAt));
    }

    [Fact]
    public async Task Should_FileTheMatterUnderTheContractForTheNextMeeting_When_TheContractHasNoCaseAndNoMeetingWasChosen()
    {
        var harness = await ProcessHarness.StartAsync();
        await StartAsync(harness, caseNumber: null, chooseMeeting: false);

        await ProposeAsync(harness, DecideContractEnd.LetExpire);

        var item = Assert.Single(harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item));
        Assert.Equal(($"avtal:{ContractId}", (DateTimeOffset?)null), (item.CaseNumber, item.MeetingDate));
        Assert.Equal($"avtal:{ContractId}", Assert.Single(harness.OpenTasks).CaseNumber);
    }

    private static IReadOnlyList<ContractDecision> Decided(ProcessHarness harness) => harness.RecordsOf<ContractDecision>(ContractRecordKinds.Decided);

    // The workflow as contract monitoring starts it: a contract of a case, an option left, the committee's meeting chosen.
    private static async Task<WorkflowInstance> StartAsync(ProcessHarness harness, string? caseNumber = ContractCase, bool chooseMeeting = true)
    {
        var result = await harness.Runtime.StartAsync(new StartWorkflowRequest(ContractEndWorkflow.Id)
        {
            CorrelationId = $"avtal:{ContractId}",
            Input = new JsonObject
            {
                [ContractEndWorkflow.Inputs.ContractId] = ContractId,
                [ContractEndWorkflow.Inputs.ContractName] = "E-tjänsteplattform",
                [ContractEndWorkflow.Inputs.Summary] = "Avtal: E-tjänsteplattform\nBeslut senast: 31 mars 2022\n",
                [ContractEndWorkflow.Inputs.Deciders] = "roll:samordnare",
                [ContractEndWorkflow.Inputs.CanExtend] = true,
                [ContractEndWorkflow.Inputs.CaseNumber] = caseNumber,
                [ContractEndWorkflow.Inputs.MeetingDate] = chooseMeeting ? JsonValue.Create(Meeting) : null,
            },
        });
        return await harness.ReloadAsync(result.Instance.Id);
    }

    private static async Task ProposeAsync(ProcessHarness harness, string proposal, string? comment = null)
    {
        var task = Assert.Single(harness.OpenTasks, t => t.Kind == DecideContractEnd.TaskKind);
        var result = await harness.Runtime.ResumeAsync(task.BookmarkId, (JsonObject)ValueConverter.ToNode(
            new TaskDecision(task.TaskId, proposal, comment, null, task.Recipient.Email, "email-link"))!);
        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
    }
}
