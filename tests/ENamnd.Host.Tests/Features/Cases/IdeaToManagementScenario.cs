using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.TestSupport;
using ENamnd.Workflows;
using ENamnd.Workflows.Process;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// A case from idea to management, through the task links in the emails and the secretary's recorded
/// committee decisions: six of fourteen municipalities join the pre-study with capped contributions
/// (the coordinator has tuned the pre-study), the project plan is returned for revision and approved,
/// and a municipality that declined the idea joins the development project later: it buys in for the
/// pre-study and the project's split is computed again for seven.
/// </summary>
internal static class IdeaToManagementScenario
{
    // The six municipalities that take part in the pre-study, with the caps of their agreement (kronor).
    private static readonly Dictionary<string, decimal> PreStudyCaps = new()
    {
        ["Luleå"] = 120_000, ["Piteå"] = 80_000, ["Boden"] = 60_000, ["Kalix"] = 50_000, ["Älvsbyn"] = 45_000, ["Arvidsjaur"] = 45_000,
    };

    private const string LateJoiner = "Haparanda";

    /// <summary>Runs the scenario; returns the case id. The signed contract ends on 31 December <paramref name="contractEndYear"/>, with an option to decide by 31 March of that year.</summary>
    public static async Task<string> RunAsync(CaseDriver driver, HttpClient coordinator, int contractEndYear = 2027)
    {
        await PublishCappedPreStudyAsync(coordinator);
        var caseId = await driver.CreateCaseAsync(new
        {
            title = "Gemensam e-tjänsteplattform", caseNumber = "2022/1-2.2.0.1", initiatingMunicipalities = new[] { "Boden", "Piteå" },
            description = "Idé från Boden och Piteå.", budgets = new Dictionary<string, decimal> { ["Utvecklingsprojekt"] = 2_750_000 },
        });

        // Kvalificering av idé: six are interested, the preparation group decides to start the pre-study.
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, t => JoinsPreStudy(t) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);

        // Förstudie: only the six interested are asked; they join with capped contributions.
        Assert.Equal("Förstudie", (string?)(await driver.CaseAsync(caseId))["phase"]);
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        Assert.Equal(6, await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind,
            t => JoinsPreStudy(t) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline, "KS 2022-02-14 § 21"));
        Assert.Equal(6, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        var preStudy = await driver.CaseAsync(caseId);
        var preStudyShares = Commitments(preStudy, "Förstudie");
        Assert.Equal(PreStudyCaps.ToDictionary(c => c.Key, c => c.Value * 300_000 / 400_000), preStudyShares);
        Assert.Equal(6, Decisions(preStudy).Count(d => (string?)d["outcome"] == CollectMunicipalDecisions.Join && (string?)d["reference"] == "KS 2022-02-14 § 21"));
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        // Beslut om utvecklingsprojekt: the six decide.
        Assert.Equal(6, await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, _ => CollectMunicipalDecisions.Join));
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 12");

        // Utvecklingsprojekt: the plan is returned for revision and approved; while the six are asked for their
        // guarantee, a municipality that declined the idea joins: it buys in for the capped pre-study with the amount
        // agreed, and the project's split is computed again for seven.
        Assert.Equal("Utvecklingsprojekt", (string?)(await driver.CaseAsync(caseId))["phase"]);
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Returned);
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        Assert.Equal(6, (await driver.OpenTasksAsync(caseId, CollectGuaranteeCommitments.TaskKind)).Count);
        var unpriced = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/participants", new { municipality = LateJoiner, reference = "Beredningsgruppen 2022-05-10 § 7" });
        Assert.Contains("maxbelopp", (string?)(await unpriced.ExpectAsync(System.Net.HttpStatusCode.BadRequest))["errors"]!.ToJsonString());
        var joined = await (await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/participants",
            new { municipality = LateJoiner, reference = "Beredningsgruppen 2022-05-10 § 7", buyIn = 40_000 })).ExpectAsync(System.Net.HttpStatusCode.OK);
        Assert.Contains(joined["participantLedger"]!.AsArray(), c => (string?)c!["municipality"] == LateJoiner && (string?)c["change"] == "Anslöt senare"
            && (string?)c["round"] == $"Inköp {SwedishNumbers.Kronor(40_000)}" && (string?)c["reference"] == "Beredningsgruppen 2022-05-10 § 7"
            && (string?)c["phase"] == "Utvecklingsprojekt");
        Assert.Contains(joined["participants"]!.AsArray(), p => (string?)p!["name"] == LateJoiner);
        Assert.Contains(joined["participantLedger"]!.AsArray(), c => (string?)c!["municipality"] == LateJoiner && (string?)c["change"] == "Avböjde"
            && (string?)c["round"] == "Intresse för idén" && (string?)c["phase"] == "Kvalificering av idé");
        Assert.Equal(["Boden", "Piteå"], joined["participantLedger"]!.AsArray().Where(c => (string?)c!["change"] == "Initierade ärendet").Select(c => (string)c!["municipality"]!));
        var again = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/participants", new { municipality = LateJoiner, buyIn = 40_000 });
        await again.ExpectAsync(System.Net.HttpStatusCode.Conflict);
        var resplit = await driver.OpenTasksAsync(caseId, CollectGuaranteeCommitments.TaskKind);
        Assert.Equal(8, resplit.Count);
        var texts = new List<(bool Joiner, string Text)>();
        foreach (var task in resplit) texts.Add((Is(task, LateJoiner), await driver.EmailTextAsync((string)task["id"]!)));
        Assert.All(texts.Where(t => !t.Joiner), t => Assert.Contains("Haparanda har anslutit sig till ärendet. Den tidigare frågan om", t.Text));
        Assert.Single(texts, t => t.Joiner && t.Text.Contains($"Kommunens andel är {SwedishNumbers.Kronor(40_000)}.", StringComparison.Ordinal));
        Assert.Equal(8, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        var seven = PreStudyCaps.Keys.Append(LateJoiner).Select(n => MunicipalityRegistry.Default.Find(n)!.Code).ToList();
        var expected = new CostAllocator(MunicipalityRegistry.Default).Allocate(new AllocationRequest { Model = AllocationModel.Population, Total = 2_750_000m, Participants = seven, PopulationYear = MunicipalityRegistry.Default.PopulationYears[^1] });
        Assert.Equal(expected.Shares.ToDictionary(s => MunicipalityRegistry.Default.Find(s.Code)!.Name, s => s.Amount), Commitments(await driver.CaseAsync(caseId), "Utvecklingsprojekt"));
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 30");

        // Realisering: award, commitments for the contract, the signed contract, and the committee coordinates the rollout.
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 41");
        await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit);
        Assert.True((bool)(await driver.CaseAsync(caseId))["waitsForContract"]!);
        // The process waits on the coordinator now, who is told so with a link to the case's page.
        const string Waiting = "Registrera det tecknade avtalet – Gemensam e-tjänsteplattform";
        var sent = await Poll.UntilAsync(driver.DeliveredMailAsync, mail => mail.Any(m => m.Subject == Waiting), TimeSpan.FromSeconds(30),
            mail => $"No email \"{Waiting}\" among {mail.Count}.");
        var waiting = Assert.Single(sent, m => m.Subject == Waiting);
        Assert.Contains("/arenden/2022/1-2.2.0.1", waiting.TextBody, StringComparison.Ordinal);
        var signed = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/contract", new
        {
            name = "E-tjänsteplattform", supplier = "Leverantör AB", kind = "GemensamtAvtal", startDate = $"{contractEndYear - 4}-01-01", endDate = $"{contractEndYear}-12-31",
            noticePeriodMonths = 6, options = new[] { new { extendMonths = 24, decideBy = $"{contractEndYear}-03-31" } }, owner = "roll:samordnare",
        });
        Assert.False((bool)(await signed.ExpectAsync(System.Net.HttpStatusCode.OK))["waitsForContract"]!);
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 42");

        // Införande: plans, management plan, every participant joins joint management, the committee accepts it.
        await driver.AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await driver.AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        Assert.Equal(7, await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, _ => CollectMunicipalDecisions.Join));
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 55");

        var managed = await driver.CaseAsync(caseId);
        Assert.Equal("Förvaltning", (string?)managed["phase"]);
        Assert.Equal("Running", (string?)managed["status"]);
        Assert.Equal(seven.Order(), managed["participants"]!.AsArray().Select(p => (string)p!["code"]!).Order());
        Assert.Equal(7, (await driver.OpenTasksAsync(caseId, CollectGuaranteeCommitments.TaskKind)).Count);
        Assert.Contains(Decisions(managed), d => (string?)d["kind"] == AwaitCommitteeDecision.TaskKind && (string?)d["reference"] == "§ 42");
        Assert.Equal(["Kvalificering av idé", "Förstudie", "Utvecklingsprojekt", "Realisering", "Införande", "Förvaltning"],
            managed["phases"]!.AsArray().Select(p => (string)p!["phase"]!));
        Assert.Equal(2, managed["phases"]!.AsArray().Single(p => (string?)p!["definitionId"] == ProcessIds.PreStudy)!["version"]!.GetValue<int>());
        Assert.NotEmpty(managed["journal"]!.AsArray());
        return caseId;
    }

    // The coordinator tunes the pre-study: the agreement caps each municipality's contribution.
    private static async Task PublishCappedPreStudyAsync(HttpClient coordinator)
    {
        var definition = new PreStudyWorkflow().Build();
        var funding = (CollectGuaranteeCommitments)((Flowchart)definition.Root).Activities.Single(a => a.Id == "Finansiering");
        funding.Model = AllocationModel.Capped;
        funding.Caps = new Input<JsonObject?>(Expression.Object(System.Text.Json.JsonSerializer.Serialize(PreStudyCaps)));
        using var services = new ServiceCollection().AddENamndWorkflows().BuildServiceProvider();
        var json = services.GetRequiredService<WorkflowDefinitionSerializer>().Serialize(definition);
        await (await coordinator.PostAsJsonAsync("/api/definitions", json)).ExpectAsync(System.Net.HttpStatusCode.Created);
    }

    private static Dictionary<string, decimal> Commitments(JsonObject details, string phase) =>
        details["commitments"]!.AsArray().Where(c => (string?)c!["phase"] == phase && (string?)c["status"] == "Committed")
            .ToDictionary(c => (string)c!["name"]!, c => c!["amount"]!.GetValue<decimal>());

    private static List<JsonObject> Decisions(JsonObject details) => [.. details["decisions"]!.AsArray().Select(d => d!.AsObject())];

    private static bool JoinsPreStudy(JsonObject task) => PreStudyCaps.Keys.Any(name => Is(task, name));

    /// <summary>Whether a task is a municipality's.</summary>
    public static bool Is(JsonObject task, string municipality) => (string?)task["municipality"] == municipality;
}
