using System.Text.Json.Nodes;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Workflows.Process;

namespace ENamnd.Workflows.Tests;

/// <summary>The main process driven through its tasks on a manual clock, phase by phase.</summary>
public class MainProcessScenarioTests
{
    private static readonly string[] Interested = ["Boden", "Piteå", "Luleå", "Kalix", "Älvsbyn", "Arvidsjaur"];

    [Fact]
    public async Task Should_RunFromIdeaToManagement_When_EveryPhaseIsApproved()
    {
        var harness = await ProcessHarness.StartAsync();
        var main = await harness.StartCaseAsync("Boden", "Piteå");

        await QualifyAsync(harness);
        await PreStudyAsync(harness);
        await DevelopmentProjectAsync(harness);
        await ProcurementAsync(harness, coordinateRollout: true);
        await RolloutAsync(harness);

        main = await harness.ReloadAsync(main.Id);
        Assert.Equal(WorkflowStatus.Running, main.Status);
        Assert.Equal("Förvaltning", ValueConverter.Convert<string>(main.Variables[ProcessVariables.Phase]));
        var management = Assert.Single(await harness.InstancesOfAsync(ProcessIds.Management));
        Assert.Equal(WorkflowStatus.Running, management.Status);
        // Joint management: the participants commit to the yearly cost.
        Assert.Equal(Interested.Length, harness.OpenTasks.Count(t => t.Kind == CollectGuaranteeCommitments.TaskKind));
    }

    [Fact]
    public async Task Should_StopTheCase_When_ThePreStudyDirectiveIsRejected()
    {
        var harness = await ProcessHarness.StartAsync();
        var main = await harness.StartCaseAsync("Boden", "Piteå");
        await QualifyAsync(harness);

        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Rejected);

        main = await harness.ReloadAsync(main.Id);
        Assert.Equal(WorkflowStatus.Finished, main.Status);
        Assert.Equal("Stoppad i förstudie: avslag på ”Förstudiedirektiv med budget”", ValueConverter.Convert<string>(main.Variables[ProcessVariables.Result]));
        Assert.Empty(harness.OpenTasks);
        // The case's people are told: the coordinator and the representatives of the participants.
        var notice = Assert.Single(harness.Emails, e => e.Subject.StartsWith("Ärendet har stoppats – ", StringComparison.Ordinal));
        Assert.Contains(ProcessHarness.CoordinatorEmail, notice.To.Select(t => t.Address));
        Assert.Contains("har stoppats i fasen Förstudie.\n\nStoppad i förstudie: avslag på ”Förstudiedirektiv med budget”", notice.TextBody, StringComparison.Ordinal);
        Assert.Single(harness.Emails, e => e.Subject.StartsWith("Kvalificering av idé är klar – ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_NeitherAskNorChargeAMunicipality_When_ItWithdrewItsCommitment()
    {
        var harness = await ProcessHarness.StartAsync();
        var main = await harness.StartCaseAsync("Boden", "Piteå");
        await QualifyAsync(harness);
        await PreStudyAsync(harness);

        // Kalix withdraws from the development project's guarantee; the others commit to the re-split shares.
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerAllAsync(CollectGuaranteeCommitments.TaskKind, t => IsKalix(t) ? CollectGuaranteeCommitments.Withdraw : CollectGuaranteeCommitments.Commit);
        while (await harness.AnswerAllAsync(CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit) > 0)
        {
        }
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 30");
        var before = harness.OpenedTasks.Count;
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 41");

        // Procurement's guarantee asks the five that remain, and their shares make up the whole total.
        var procurement = harness.OpenedTasks.Skip(before).Where(t => t.Kind == CollectGuaranteeCommitments.TaskKind).ToList();
        Assert.Equal(Interested.Length - 1, procurement.Count);
        Assert.DoesNotContain(procurement, IsKalix);
        main = await harness.ReloadAsync(main.Id);
        Assert.DoesNotContain(MunicipalityRegistry.Default.Find("Kalix")!.Code, ValueConverter.Convert<List<string>>(main.Variables[ProcessVariables.Participants])!);
    }

    private static bool IsKalix(OpenedTask task) => task.Recipient.MunicipalityCode == MunicipalityRegistry.Default.Find("Kalix")!.Code;

    [Fact]
    public async Task Should_TellWhoReturnedTheDirectiveAndWhy_When_TheSteeringGroupReturnsItForRevision()
    {
        var harness = await ProcessHarness.StartAsync();
        await harness.StartCaseAsync("Boden", "Piteå");
        await QualifyAsync(harness);
        var directive = harness.OpenTasks.Single(t => t.Kind == ApprovalOutcomes.TaskKind);

        await harness.AnswerAsync(directive, ApprovalOutcomes.Returned, comment: "Direktivet ska kompletteras med tidplan.");

        var revise = harness.OpenTasks.Single(t => t.Kind == AssignTask.TaskKind);
        Assert.StartsWith("Revidera förstudiedirektivet – ", revise.Title, StringComparison.Ordinal);
        Assert.Equal(
            $"Förstudiedirektivet har återremitterats. Revidera det och markera uppgiften som klar.\n\n{directive.Recipient.Name ?? directive.Recipient.Email} "
            + "återremitterade med kommentaren: ”Direktivet ska kompletteras med tidplan.”.",
            revise.Question);
    }

    [Fact]
    public async Task Should_SplitTheManagementCostByTheModelOfTheManagementPlan_When_TheProjectManagerChoosesEqualShares()
    {
        var harness = await ProcessHarness.StartAsync();
        var main = await harness.Runtime.StartAsync(new StartWorkflowRequest(ProcessIds.Rollout)
        {
            CorrelationId = ProcessHarness.CaseNumber,
            Input = new JsonObject { [ProcessVariables.Title] = "Gemensam e-arkivlösning", [ProcessVariables.Participants] = new JsonArray("2580", "2582") },
        });
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        var plan = harness.OpenTasks.Single(t => t.Kind == AssignTask.TaskKind);
        Assert.Contains(plan.Fields, f => f.Name == "finansieringsmodell");

        await harness.AnswerAsync(plan, AssignTask.Done, fields: new Dictionary<string, string> { ["finansieringsmodell"] = "Lika delar" });

        var rollout = await harness.ReloadAsync(main.Instance.Id);
        Assert.Equal("Equal", ValueConverter.Convert<string>(rollout.Variables[ProcessVariables.FinancingModel]));
        Assert.All(harness.OpenTasks.Where(t => t.Kind == CollectMunicipalDecisions.TaskKind),
            t => Assert.Contains("fördelad efter lika delar", t.Question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_GiveTheCommitteeTheProposedSupplierAndValue_When_TheBidsAreEvaluated()
    {
        var harness = await ProcessHarness.StartAsync();
        await harness.Runtime.StartAsync(new StartWorkflowRequest(ProcessIds.Procurement)
        {
            CorrelationId = ProcessHarness.CaseNumber,
            Input = new JsonObject { [ProcessVariables.Title] = "Gemensam e-arkivlösning", [ProcessVariables.Participants] = new JsonArray("2580", "2582") },
        });
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        var evaluation = harness.OpenTasks.Single(t => t.Kind == AssignTask.TaskKind);
        Assert.Equal(["leverantor", "kontraktsvarde", "motivering"], evaluation.Fields.Select(f => f.Name));

        await harness.AnswerAsync(evaluation, AssignTask.Done, fields: new Dictionary<string, string>
        {
            ["leverantor"] = "Arkivbolaget AB", ["kontraktsvarde"] = "1 200 000 kr", ["motivering"] = "Lägsta pris med fullt uppfyllda krav.",
        });

        var award = harness.OpenTasks.Single(t => t.Kind == AwaitCommitteeDecision.TaskKind);
        Assert.StartsWith("Nämndbeslut: Tilldelningsbeslut – Gemensam e-arkivlösning", award.Title, StringComparison.Ordinal);
        Assert.EndsWith("Förslag till tilldelning: Arkivbolaget AB.\nKontraktsvärde: 1 200 000 kr.\nMotivering: Lägsta pris med fullt uppfyllda krav.", award.Question, StringComparison.Ordinal);
    }

    private static async Task QualifyAsync(ProcessHarness harness)
    {
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerAllAsync(CollectMunicipalDecisions.TaskKind, t => Joins(t) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
    }

    private static async Task PreStudyAsync(ProcessHarness harness)
    {
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerAllAsync(CollectMunicipalDecisions.TaskKind, t => Joins(t) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline, "KS 2022-02-01 § 4");
        await harness.AnswerAllAsync(CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerAllAsync(CollectMunicipalDecisions.TaskKind, t => Joins(t) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 12");
    }

    private static async Task DevelopmentProjectAsync(ProcessHarness harness)
    {
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerAllAsync(CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 30");
    }

    private static async Task ProcurementAsync(ProcessHarness harness, bool coordinateRollout)
    {
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 41");
        await harness.AnswerAllAsync(CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit);
        var procurement = Assert.Single(await harness.InstancesOfAsync(ProcessIds.Procurement));
        var signed = Assert.Single(procurement.Bookmarks, b => b.Is(Engine.Activities.Event.BookmarkName));
        await harness.Runtime.ResumeAsync(signed.Id, new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "E-tjänsteplattform", ["supplier"] = "Leverantör AB", ["kind"] = "GemensamtAvtal",
            ["startDate"] = "2023-01-01", ["endDate"] = "2026-12-31", ["noticePeriodMonths"] = 6,
        });
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, coordinateRollout ? AwaitCommitteeDecision.Approved : AwaitCommitteeDecision.Rejected, "§ 42");
    }

    private static async Task RolloutAsync(ProcessHarness harness)
    {
        await harness.AnswerOneAsync(ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await harness.AnswerOneAsync(AssignTask.TaskKind, AssignTask.Done);
        await harness.AnswerAllAsync(CollectMunicipalDecisions.TaskKind, _ => CollectMunicipalDecisions.Join);
        await harness.AnswerOneAsync(AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 55");
    }

    private static bool Joins(OpenedTask task) =>
        Interested.Any(name => MunicipalityRegistry.Default.Find(name)!.Code == task.Recipient.MunicipalityCode);
}
