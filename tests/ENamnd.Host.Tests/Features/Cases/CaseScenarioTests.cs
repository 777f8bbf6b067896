using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence.Outbox;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// Cases driven from idea to management on the host (SQLite, the host's own stores, a clock that stands
/// still), purely through the task links in the emails and the secretary's recorded committee decisions.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public class CaseScenarioTests
{
    /// <summary>How the contract-end decision meets the management phase.</summary>
    public enum ContractEnd
    {
        /// <summary>The decision comes while the phase waits for it.</summary>
        DecidedWhileWaiting,

        /// <summary>The decision comes before the phase waits for it.</summary>
        DecidedBeforeWaiting,

        /// <summary>The host stops before it hands the decision over; the recurring handover job does it.</summary>
        HandoverLost,
    }

    [Theory]
    [InlineData(ContractEnd.DecidedWhileWaiting)]
    [InlineData(ContractEnd.DecidedBeforeWaiting)]
    [InlineData(ContractEnd.HandoverLost)]
    public async Task Should_RunFromIdeaToManagementAndStartAgain_When_SixJoinThePreStudyWithCapsAndTheContractEndsInANewProject(ContractEnd contractEnd)
    {
        var decidedBeforeManagementWaits = contractEnd == ContractEnd.DecidedBeforeWaiting;
        using var host = new TaskHostFactory
        {
            ConfigureServices = contractEnd != ContractEnd.HandoverLost ? null : services =>
            {
                // As if the host stopped right after the decision's step committed: the relay never enqueues its job.
                services.Remove(services.Single(d => d.ImplementationType == typeof(ContractDecisionRelay)));
            },
        };
        using var coordinator = host.CreateCoordinatorClient();
        var driver = Driver(host, coordinator);
        var caseId = await IdeaToManagementScenario.RunAsync(driver, coordinator);

        // Management registered the signed contract for contract monitoring.
        var contracts = await coordinator.GetFromJsonAsync<JsonArray>("/api/contracts");
        var contract = Assert.Single(contracts!, c => (string?)c!["caseNumber"] == "2022/1-2.2.0.1")!;
        Assert.Equal("E-tjänsteplattform", (string?)contract["name"]);
        Assert.Equal(7, contract["municipalities"]!.AsArray().Count);

        // Joint management: the participants commit to the yearly cost; then the phase follows the contract.
        // Contract monitoring asks for a proposal at contract end and the committee decides on it as a matter of the case;
        // a new project starts the process again.
        if (!decidedBeforeManagementWaits) Assert.Equal(7, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        await host.Services.GetServices<IMonitorJob>().Single(j => j.JobId == "contract-expiry-monitor").RunAsync(CancellationToken.None);
        // The decision at contract end is queued with the alert and started from the outbox.
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var open = await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open");
        var proposal = Assert.Single(open!, t => (string?)t!["kind"] == DecideContractEnd.TaskKind)!;
        await driver.AnswerAsync((string)proposal["id"]!, DecideContractEnd.NewProject);
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 77");
        if (decidedBeforeManagementWaits) Assert.Equal(7, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        if (contractEnd == ContractEnd.HandoverLost)
        {
            // Without the relay nothing hands the decision over until the recurring handover job runs.
            Assert.Equal("Förvaltning", (string?)(await driver.CaseAsync(caseId))["phase"]);
            (await coordinator.PostAsync($"/api/jobs/{ContractDecisionHandover.Id}/trigger", null)).EnsureSuccessStatusCode();
        }
        // The phase variable changes in the step that starts the new qualification; its instance may be listed a moment later.
        var again = await Poll.UntilAsync(() => driver.CaseAsync(caseId),
            c => (string?)c["phase"] == "Kvalificering av idé" && QualificationRuns(c) == 2,
            TimeSpan.FromSeconds(30), c => $"the case is in the phase '{c["phase"]}' with {QualificationRuns(c)} qualification run(s).", TimeSpan.FromMilliseconds(100));
        Assert.Equal("NyttProjekt", (string?)again["phases"]!.AsArray().Single(p => (string?)p!["definitionId"] == "Forvaltning")!["decision"]);
    }

    [Fact]
    public async Task Should_StopTheCaseAtThePreStudy_When_TooFewMunicipalitiesJoin()
    {
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        var driver = Driver(host, coordinator);
        var caseId = await driver.StartCaseIntoPreStudyAsync();

        // Only Kiruna wants to fund the pre-study: one is not enough.
        await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, t => IdeaToManagementScenario.Is(t, "Kiruna") ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);

        var stopped = await driver.CaseAsync(caseId);
        Assert.Equal("Stopped", (string?)stopped["status"]);
        Assert.Equal("Stoppad i förstudie: för få kommuner vill delta", (string?)stopped["outcome"]);
        Assert.Empty(stopped["openTasks"]!.AsArray());
        var listed = await coordinator.GetFromJsonAsync<JsonArray>("/api/cases?status=Stopped");
        Assert.Contains(listed!, c => (string?)c!["id"] == caseId);
    }

    [Fact]
    public async Task Should_DecideOnAFurtherDevelopmentAndSplitItsCost_When_TheCoordinatorProposesOneInManagement()
    {
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        var driver = Driver(host, coordinator);
        var caseId = await IdeaToManagementScenario.RunAsync(driver, coordinator);

        // Only in management, with a description and a cost in whole kronor.
        var invalid = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/further-development", new { proposal = " ", cost = 10.5 });
        var errors = (await invalid.ExpectAsync(System.Net.HttpStatusCode.BadRequest))["errors"]!.ToJsonString();
        Assert.Contains("beskriv vidareutvecklingen", errors);
        Assert.Contains("hela kronor", errors);
        var proposed = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/further-development",
            new { proposal = "Inloggning med e-legitimation för medborgare.", cost = 350_000 });
        await proposed.ExpectAsync(System.Net.HttpStatusCode.OK);
        var twice = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/further-development", new { proposal = "Något annat.", cost = 1000 });
        await twice.ExpectAsync(System.Net.HttpStatusCode.Conflict);

        // The seven participants decide, each seeing its share; five join and the committee approves.
        var asked = await driver.OpenTasksAsync(caseId, CollectMunicipalDecisions.TaskKind);
        Assert.Equal(7, asked.Count);
        Assert.All(asked, t => Assert.Equal("Vidareutveckling", (string?)t["phase"]));
        var text = await driver.EmailTextAsync((string)asked[0]["id"]!);
        Assert.Contains("Inloggning med e-legitimation för medborgare.", text);
        Assert.Contains("Kommunens beräknade andel om alla 7 tillfrågade kommuner deltar:", text);
        var joining = asked.Take(5).Select(t => (string)t["municipality"]!).ToHashSet();
        await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, t => joining.Contains((string)t["municipality"]!) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await driver.AnswerOneAsync(caseId, AwaitCommitteeDecision.TaskKind, AwaitCommitteeDecision.Approved, "§ 71");

        // The five commit to their shares of the cost, beside the management commitments still open.
        var commitments = (await driver.OpenTasksAsync(caseId, CollectGuaranteeCommitments.TaskKind)).Where(t => (string?)t["phase"] == "Vidareutveckling").ToList();
        Assert.Equal(joining.Order(), commitments.Select(t => (string)t["municipality"]!).Order());
        foreach (var task in commitments) await driver.AnswerAsync((string)task["id"]!, CollectGuaranteeCommitments.Commit);
        var details = await driver.CaseAsync(caseId);
        Assert.Equal(350_000m, details["commitments"]!.AsArray().Where(c => (string?)c!["phase"] == "Vidareutveckling").Sum(c => c!["amount"]!.GetValue<decimal>()));
        Assert.Contains(details["decisions"]!.AsArray(), d => (string?)d!["kind"] == AwaitCommitteeDecision.TaskKind && (string?)d["reference"] == "§ 71");
    }

    private static CaseDriver Driver(TaskHostFactory host, HttpClient coordinator) =>
        new(coordinator, host.CreateParticipantClient(), host.MailDirectory, TaskHostFactory.PublicBaseUrl,
            () => host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None));

    private static int QualificationRuns(JsonObject @case) =>
        @case["phases"]!.AsArray().Count(p => (string?)p!["definitionId"] == "KvalificeringAvIde");
}
