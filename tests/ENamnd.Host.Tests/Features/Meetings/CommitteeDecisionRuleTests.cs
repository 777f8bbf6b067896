using System.Net;
using System.Net.Http.Json;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// The committee's rules for its decisions (kommunallagen): decided at a meeting that has begun and is not cancelled, each
/// a paragraph numbered once through the calendar year, and a tabled matter goes to the next meeting after the tabling one.
/// Each test works in a year of its own on the host's manual clock, with meetings of its own.
/// </summary>
public sealed class CommitteeDecisionRuleTests : IClassFixture<TaskHostFactory>
{
    private readonly TaskHostFactory host;
    private readonly HttpClient coordinator;

    public CommitteeDecisionRuleTests(TaskHostFactory host)
    {
        this.host = host;
        coordinator = host.CreateCoordinatorClient();
    }

    [Fact]
    public async Task Should_RefuseUntilTheMeetingHasBegunAndKeepTheParagraphAsTheMinutesWriteIt_When_TheSecretaryRecords()
    {
        host.Clock.Set(new DateTimeOffset(2031, 3, 3, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Förstudie digital brevlåda", "2031/1-2.2.0.1");
        var meeting = await CreateMeetingAsync("2031-03-12");
        var item = await MatterOfAsync(meeting, "2031/1-2.2.0.1");

        var early = await DecideAsync(meeting, item, "Approved", "7");
        host.Clock.Set(new DateTimeOffset(2031, 3, 12, 12, 30, 0, TimeSpan.Zero));
        var withoutParagraph = await DecideAsync(meeting, item, "Approved", null);
        var notANumber = await DecideAsync(meeting, item, "Approved", "KS § 7");
        var decided = await (await DecideAsync(meeting, item, "Approved", "7")).ExpectAsync(HttpStatusCode.OK);

        Assert.Contains("Sammanträdet har inte börjat", (string?)(await early.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        Assert.Contains((await withoutParagraph.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("paragrafen (paragraph) saknas", StringComparison.Ordinal));
        Assert.Contains((await notANumber.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("är inget nummer", StringComparison.Ordinal));
        Assert.Equal("§ 7", (string?)decided.AsArray().Single(e => (string)e!["id"]! == item)!["decision"]!["paragraph"]);
    }

    [Fact]
    public async Task Should_RefuseAParagraphUsedAtAnEarlierMeetingOfTheYear_When_ItIsGivenAgain()
    {
        host.Clock.Set(new DateTimeOffset(2032, 2, 2, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Förstudie e-tjänst för färdtjänst", "2032/1-2.2.0.1");
        var first = await CreateMeetingAsync("2032-02-11");
        var second = await CreateMeetingAsync("2032-04-14");
        host.Clock.Set(new DateTimeOffset(2032, 2, 11, 13, 0, 0, TimeSpan.Zero));
        await (await DecideAsync(first, await MatterOfAsync(first, "2032/1-2.2.0.1"), "Approved", "§ 30")).ExpectAsync(HttpStatusCode.OK);
        // Placed after the first meeting began, the next matter goes to the second.
        await StartDecisionWorkflowAsync(coordinator, "Upphandling av e-tjänst för färdtjänst", "2032/2-2.2.0.1");
        var item = await MatterOfAsync(second, "2032/2-2.2.0.1");
        host.Clock.Set(new DateTimeOffset(2032, 4, 14, 12, 5, 0, TimeSpan.Zero));

        var again = await DecideAsync(second, item, "Approved", "30");
        var twice = await coordinator.PostJsonAsync($"/api/meetings/{second}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{item}}","outcome":"Approved","paragraph":"31"},{"agendaItemId":"{{item}}","outcome":"Approved","paragraph":"§ 31"}]}""");
        var next = await DecideAsync(second, item, "Approved", "31");

        Assert.Contains("§ 30 är redan använd i nämndens protokoll 2032", (string?)(await again.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        Assert.Contains((await twice.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("§ 31 förekommer flera gånger", StringComparison.Ordinal));
        await next.ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_PutATabledMatterOnTheNextMeetingAfterTheTablingOne_When_TheCommitteeTablesIt()
    {
        host.Clock.Set(new DateTimeOffset(2033, 11, 1, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Beslut om utvecklingsprojekt e-arkiv", "2033/1-2.2.0.1", tableAgain: true);
        var december = await CreateMeetingAsync("2033-12-08");
        var february = await CreateMeetingAsync("2034-02-09");
        var item = await MatterOfAsync(december, "2033/1-2.2.0.1");
        host.Clock.Set(new DateTimeOffset(2033, 12, 8, 12, 40, 0, TimeSpan.Zero));

        await (await DecideAsync(december, item, "Tabled", "§ 44")).ExpectAsync(HttpStatusCode.OK);

        var decemberAgenda = Agenda(await (await coordinator.GetAsync($"/api/meetings/{december}")).ExpectAsync(HttpStatusCode.OK))
            .Where(e => (string?)e!["caseNumber"] == "2033/1-2.2.0.1").ToList();
        var tabled = Assert.Single(decemberAgenda);
        Assert.Equal(("Tabled", "§ 44"), ((string)tabled!["decision"]!["outcome"]!, (string)tabled["decision"]!["paragraph"]!));
        var again = Assert.Single(Agenda(await (await coordinator.GetAsync($"/api/meetings/{february}")).ExpectAsync(HttpStatusCode.OK)),
            e => (string?)e!["caseNumber"] == "2033/1-2.2.0.1");
        Assert.Null(again!["decision"]);
    }

    [Fact]
    public async Task Should_RefuseDecisions_When_TheMeetingIsCancelled()
    {
        host.Clock.Set(new DateTimeOffset(2035, 5, 2, 8, 0, 0, TimeSpan.Zero));
        var meeting = await CreateMeetingAsync("2035-05-10");
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/cancel", """{"reason":"Inga ärenden"}""")).ExpectAsync(HttpStatusCode.OK);
        host.Clock.Set(new DateTimeOffset(2035, 5, 10, 13, 0, 0, TimeSpan.Zero));

        var response = await DecideAsync(meeting, "any-item", "Approved", "§ 1");

        Assert.Contains("Sammanträdet är inställt", (string?)(await response.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_AskTheSecretaryForTheParagraph_When_TheDecisionComesByTheTaskLink()
    {
        host.Clock.Set(new DateTimeOffset(2036, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Förvaltningsplan e-arkiv", "2036/1-2.2.0.1");
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var link = TaskScenario.LinkPattern(TaskHostFactory.PublicBaseUrl).Match(TaskScenario.FindMail(host, "", "2036/1-2.2.0.1").TextBody ?? "");
        Assert.True(link.Success);
        var (taskId, token) = (link.Groups["id"].Value, link.Groups["token"].Value);
        using var secretary = host.CreateClient();

        var page = await secretary.GetStringAsync($"/tasks/{taskId}?t={Uri.EscapeDataString(token)}");
        var without = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { token, outcome = "Approved" });
        var answered = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { token, outcome = "Approved", reference = "12" });

        Assert.Contains("Paragraf (§) i nämndens protokoll", page, StringComparison.Ordinal);
        Assert.Contains("Ange beslutets paragraf (§)", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("§ 12", (await TaskScenario.TaskAsync(host, taskId)).Reference);
    }

    private Task<string> CreateMeetingAsync(string date) => CreateCommitteeMeetingAsync(coordinator, date);

    private async Task<string> MatterOfAsync(string meetingId, string caseNumber)
    {
        var meeting = await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK);
        return (string)Assert.Single(Agenda(meeting), e => (string?)e!["caseNumber"] == caseNumber && e["decision"] is null)!["id"]!;
    }

    private Task<HttpResponseMessage> DecideAsync(string meetingId, string itemId, string outcome, string? paragraph) =>
        coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"{{outcome}}"{{(paragraph is null ? "" : $",\"paragraph\":\"{paragraph}\"")}}}]}""");
}
