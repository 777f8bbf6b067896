using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Tests.Features.Cases;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence.Outbox;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// The decision at a case's contract end is the committee's: the proposal goes on the agenda of the last meeting by the
/// deadline as a matter of the case, the secretary records it for the meeting with its §, and once in force it ends the
/// management phase (let expire) or keeps it following the extended contract (extend). On the host, in a far year without
/// seeded meetings (2037).
/// </summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public class ContractEndCommitteeScenarioTests
{
    private const string CaseNumber = "2022/1-2.2.0.1";
    private const string Justerare = "demo-ledamot-2514";

    [Fact]
    public async Task Should_EndManagementAtTheJustering_When_TheCommitteeApprovesLettingTheContractExpire()
    {
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        var (driver, caseId, meetings) = await ToContractEndAsync(host, coordinator);

        var item = await ProposeAsync(driver, coordinator, meetings, DecideContractEnd.LetExpire);
        host.Clock.Set(new DateTimeOffset(2037, 3, 18, 12, 30, 0, TimeSpan.Zero));
        await RecordAsync(coordinator, meetings.March, item, "§ 61", immediate: false);

        // Recorded for the meeting, the bifall waits for the justering: nothing is decided on the contract yet.
        Assert.Null((await ContractAsync(coordinator))["decision"]);
        var waiting = Committee(await CaseAsync(coordinator), "§ 61");
        Assert.Equal(("2037-03-18", null), ((string?)waiting["meetingDate"], (string?)waiting["inForceAt"]));
        host.Clock.Set(new DateTimeOffset(2037, 3, 19, 8, 0, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meetings.March}/justering",
            $$"""{"justeradAt":"2037-03-19","justerare":["{{Justerare}}"]}""")).ExpectAsync(HttpStatusCode.OK);

        var contract = await ContractAsync(coordinator);
        Assert.Equal((DecideContractEnd.LetExpire, "§ 61", "nämnden"),
            ((string?)contract["decision"]!["outcome"], (string?)contract["decision"]!["reference"], (string?)contract["decision"]!["decidedBy"]));
        var ended = await Poll.UntilAsync(() => CaseAsync(coordinator), c => (string?)c["status"] == "Completed",
            TimeSpan.FromSeconds(30), c => $"the case is {c["status"]} in {c["phase"]}.", TimeSpan.FromMilliseconds(100));
        Assert.Equal("Avslutad", (string?)ended["phases"]!.AsArray().Single(p => (string?)p!["definitionId"] == "Forvaltning")!["decision"]);
        var committee = Committee(ended, "§ 61");
        Assert.Equal(("2037-03-18", "2037-03-19"), ((string?)committee["meetingDate"], (string?)committee["inForceAt"]));
        Assert.Equal(caseId, (string?)ended["id"]);
    }

    [Fact]
    public async Task Should_KeepManagementFollowingTheExtendedContract_When_TheCommitteeApprovesTheExtensionImmediately()
    {
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        var (driver, _, meetings) = await ToContractEndAsync(host, coordinator);

        var item = await ProposeAsync(driver, coordinator, meetings, DecideContractEnd.Extend);
        host.Clock.Set(new DateTimeOffset(2037, 3, 18, 12, 30, 0, TimeSpan.Zero));
        await RecordAsync(coordinator, meetings.March, item, "§ 62", immediate: true);

        var contract = await ContractAsync(coordinator);
        Assert.Equal((DecideContractEnd.Extend, "§ 62", "2039-12-31"),
            ((string?)contract["decision"]!["outcome"], (string?)contract["decision"]!["reference"], (string?)contract["endDate"]));
        // The management phase takes the extension and waits for the contract's next end.
        var managed = await Poll.UntilAsync(() => CaseAsync(coordinator),
            c => c["journal"]!.AsArray().Any(e => (string?)e!["activity"] == "Avtalsslut" && (string?)e["event"] == "Completed"),
            TimeSpan.FromSeconds(30), c => $"the management phase has not taken the decision; the case is {c["status"]} in {c["phase"]}.", TimeSpan.FromMilliseconds(100));
        Assert.Equal(("Running", "Förvaltning"), ((string?)managed["status"], (string?)managed["phase"]));
        Assert.Equal("Running", (string?)managed["phases"]!.AsArray().Single(p => (string?)p!["definitionId"] == "Forvaltning")!["status"]);
        var committee = Committee(managed, "§ 62");
        Assert.Equal(("2037-03-18", "2037-03-18"), ((string?)committee["meetingDate"], (string?)committee["inForceAt"]));
    }

    // The case from idea to management in 2037, its contract to be decided by 31 March 2037 (its option), and three committee meetings.
    private static async Task<(CaseDriver Driver, string CaseId, (string February, string March, string April) Meetings)> ToContractEndAsync(TaskHostFactory host, HttpClient coordinator)
    {
        // The host has started on today's clock (seeding this year's meetings); 2037 has none but the test's.
        host.Clock.Set(new DateTimeOffset(2037, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var driver = new CaseDriver(coordinator, host.CreateParticipantClient(), host.MailDirectory, TaskHostFactory.PublicBaseUrl,
            () => host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None));
        var caseId = await IdeaToManagementScenario.RunAsync(driver, coordinator, contractEndYear: 2037);
        Assert.Equal(7, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        var meetings = (await CreateCommitteeMeetingAsync(coordinator, "2037-02-11"), await CreateCommitteeMeetingAsync(coordinator, "2037-03-18"),
            await CreateCommitteeMeetingAsync(coordinator, "2037-04-15"));
        await host.Services.GetServices<IMonitorJob>().Single(j => j.JobId == ContractExpiryMonitor.Id).RunAsync(CancellationToken.None);
        // The decision at contract end is queued with the alert and started from the outbox.
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (driver, caseId, meetings);
    }

    // The coordinator proposes; the matter is the case's, on the agenda of the last meeting by the deadline only. Returns its agenda item id.
    private static async Task<string> ProposeAsync(CaseDriver driver, HttpClient coordinator, (string February, string March, string April) meetings, string proposal)
    {
        var open = await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open");
        var task = Assert.Single(open!, t => (string?)t!["kind"] == DecideContractEnd.TaskKind)!;
        await driver.AnswerAsync((string)task["id"]!, proposal);

        var title = $"Beslut vid avtalsslut: E-tjänsteplattform – förslag: {DecideContractEnd.TextOf(proposal)}";
        var item = Assert.Single(await AgendaAsync(coordinator, meetings.March), e => (string?)e["title"] == title);
        Assert.Equal(CaseNumber, (string?)item["caseNumber"]);
        Assert.DoesNotContain(await AgendaAsync(coordinator, meetings.February), e => (string?)e["title"] == title);
        Assert.DoesNotContain(await AgendaAsync(coordinator, meetings.April), e => (string?)e["title"] == title);
        // The case waits on the secretary's record of the committee's decision.
        var secretary = Assert.Single((await CaseAsync(coordinator))["openTasks"]!.AsArray(), t => (string?)t!["kind"] == AwaitCommitteeDecision.TaskKind)!;
        Assert.Equal($"Nämndbeslut: {title}", (string?)secretary["title"]);
        return (string)item["id"]!;
    }

    private static async Task RecordAsync(HttpClient coordinator, string meetingId, string itemId, string paragraph, bool immediate) =>
        await (await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"Approved","paragraph":"{{paragraph}}","immediate":{{(immediate ? "true" : "false")}}}]}"""))
            .ExpectAsync(HttpStatusCode.OK);

    private static async Task<List<JsonObject>> AgendaAsync(HttpClient coordinator, string meetingId) =>
        [.. Agenda(await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK)).Select(e => e!.AsObject())];

    private static async Task<JsonObject> CaseAsync(HttpClient coordinator) =>
        (await (await coordinator.GetAsync($"/api/cases/{Uri.EscapeDataString(CaseNumber)}")).ExpectAsync(HttpStatusCode.OK)).AsObject();

    private static async Task<JsonObject> ContractAsync(HttpClient coordinator) =>
        (await coordinator.GetFromJsonAsync<JsonArray>("/api/contracts"))!.Single(c => (string?)c!["caseNumber"] == CaseNumber)!.AsObject();

    // The committee's decision with the paragraph among the case's decisions, with where it stands.
    private static JsonObject Committee(JsonObject @case, string paragraph)
    {
        var decision = Assert.Single(@case["decisions"]!.AsArray(), d => (string?)d!["kind"] == AwaitCommitteeDecision.TaskKind && (string?)d["reference"] == paragraph)!;
        Assert.Equal(AwaitCommitteeDecision.Approved, (string?)decision["outcome"]);
        return decision["committee"]!.AsObject();
    }
}
