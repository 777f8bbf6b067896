using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Features.Tasks;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// The coordinator's own items on a committee meeting's agenda (<c>/api/meetings/{id}/agenda</c>): information and
/// decision matters beside the workflows' matters, in the order the coordinator gives, each decided with its §.
/// </summary>
public sealed class MeetingAgendaApiTests : IClassFixture<TaskHostFactory>
{
    private readonly TaskHostFactory host;
    private readonly HttpClient coordinator;

    public MeetingAgendaApiTests(TaskHostFactory host)
    {
        this.host = host;
        coordinator = host.CreateCoordinatorClient();
    }

    [Fact]
    public async Task Should_AddOrderChangeAndRemoveTheCoordinatorsItems_When_TheAgendaIsPrepared()
    {
        host.Clock.Set(new DateTimeOffset(2031, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Beslut om förstudie e-arkiv", "2031/5-2.2.0.1");
        var meeting = await CreateMeetingAsync("2031-09-17");
        // Items follow in the order placed: the coordinator's come a minute after the workflow's matter.
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var information = await (await AddAsync(meeting, """{"title":"Information om e-arkivets drift","kind":"Information"}""")).ExpectAsync(HttpStatusCode.Created);
        var extra = await (await AddAsync(meeting, """{"title":"Yttrande över regional digitaliseringsstrategi","kind":"beslut","position":1}""")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(["Yttrande över regional digitaliseringsstrategi", "Beslut om förstudie e-arkiv", "Information om e-arkivets drift"], await MattersAsync(meeting));
        Assert.Equal(("Information", true), ((string)information["kind"]!, (bool)information["addedByCoordinator"]!));

        var moved = await coordinator.PutJsonAsync($"/api/meetings/{meeting}/agenda/{(string)information["id"]!}", """{"position":1,"title":"Information om e-arkivets drift 2031"}""");
        await moved.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Information om e-arkivets drift 2031", "Yttrande över regional digitaliseringsstrategi", "Beslut om förstudie e-arkiv"], await MattersAsync(meeting));

        var workflowMatter = await MatterIdAsync(meeting, "Beslut om förstudie e-arkiv");
        var removeWorkflowMatter = await coordinator.DeleteAsync($"/api/meetings/{meeting}/agenda/{workflowMatter}");
        var retypeWorkflowMatter = await coordinator.PutJsonAsync($"/api/meetings/{meeting}/agenda/{workflowMatter}", """{"kind":"Information"}""");
        var removed = await coordinator.DeleteAsync($"/api/meetings/{meeting}/agenda/{(string)extra["id"]!}");

        Assert.Contains("kan inte tas bort", (string?)(await removeWorkflowMatter.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        await retypeWorkflowMatter.ExpectAsync(HttpStatusCode.Conflict);
        await removed.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Information om e-arkivets drift 2031", "Beslut om förstudie e-arkiv"], await MattersAsync(meeting));
    }

    [Fact]
    public async Task Should_RefuseInSwedish_When_TheItemIsIncompleteOrTheMeetingCannotTakeIt()
    {
        host.Clock.Set(new DateTimeOffset(2032, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var meeting = await CreateMeetingAsync("2032-09-15");

        var noTitle = await AddAsync(meeting, """{"kind":"Information"}""");
        var badKind = await AddAsync(meeting, """{"title":"Rapport","kind":"Anmälan"}""");
        var unknownCase = await AddAsync(meeting, """{"title":"Rapport","kind":"Beslut","caseNumber":"2032/999-2.2.0.1"}""");
        var unknownItem = await coordinator.PutJsonAsync($"/api/meetings/{meeting}/agenda/finns-inte", """{"title":"Ny rubrik"}""");
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/cancel", """{"reason":"Flyttas"}""")).ExpectAsync(HttpStatusCode.OK);
        var cancelled = await AddAsync(meeting, """{"title":"Rapport","kind":"Information"}""");

        Assert.Contains("Rubrik (title) saknas.", (await noTitle.ExpectAsync(HttpStatusCode.BadRequest)).Errors());
        Assert.Contains((await badKind.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("Okänd typ (kind) 'Anmälan'", StringComparison.Ordinal));
        Assert.Contains((await unknownCase.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("finns inte", StringComparison.Ordinal));
        await unknownItem.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Contains("inställt", (string?)(await cancelled.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_TakeNoteOfInformationAndNothingElse_When_TheCommitteeDecides()
    {
        host.Clock.Set(new DateTimeOffset(2033, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var meeting = await CreateMeetingAsync("2033-09-14");
        var information = (string)(await (await AddAsync(meeting, """{"title":"Information om avtalsuppföljning","kind":"Information"}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;
        host.Clock.Set(new DateTimeOffset(2033, 9, 14, 11, 30, 0, TimeSpan.Zero));

        var approved = await DecideAsync(meeting, information, "Approved", "§ 50");
        var noted = await (await DecideAsync(meeting, information, "Noted", "§ 50")).ExpectAsync(HttpStatusCode.OK);
        var changeDecided = await coordinator.PutJsonAsync($"/api/meetings/{meeting}/agenda/{information}", """{"title":"Annan rubrik"}""");

        Assert.Contains((await approved.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("är en informationspunkt", StringComparison.Ordinal));
        var decision = noted.AsArray().Single(e => (string)e!["id"]! == information)!["decision"]!;
        Assert.Equal(("Noted", "§ 50"), ((string)decision["outcome"]!, (string)decision["paragraph"]!));
        Assert.Contains("redan beslutat", (string?)(await changeDecided.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> AddAsync(string meetingId, string json) => coordinator.PostJsonAsync($"/api/meetings/{meetingId}/agenda", json);

    private Task<HttpResponseMessage> DecideAsync(string meetingId, string itemId, string outcome, string paragraph) =>
        coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"{{outcome}}","paragraph":"{{paragraph}}"}]}""");

    private Task<string> CreateMeetingAsync(string date) => CreateCommitteeMeetingAsync(coordinator, date);

    private async Task<List<string>> MattersAsync(string meetingId) =>
        [.. (await MeetingItemsAsync(meetingId)).Where(e => !(bool)e["fixed"]!).Select(e => (string)e["title"]!)];

    private async Task<string> MatterIdAsync(string meetingId, string title) =>
        (string)(await MeetingItemsAsync(meetingId)).Single(e => (string?)e["title"] == title)["id"]!;

    private async Task<List<JsonObject>> MeetingItemsAsync(string meetingId) =>
        [.. Agenda(await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK)).Select(e => e!.AsObject())];
}
