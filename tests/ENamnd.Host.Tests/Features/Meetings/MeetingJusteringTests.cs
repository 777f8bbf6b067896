using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Tests.Features.Tasks;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// Justering and anslag of the committee's minutes (<c>POST /api/meetings/{id}/justering</c> and <c>…/anslag</c>) on a
/// manual clock, and the dates each decision then shows: in force, notice posted, time to appeal, legal force.
/// </summary>
public sealed class MeetingJusteringTests : IClassFixture<TaskHostFactory>
{
    private const string Present = "demo-ledamot-2514";
    private const string AlsoPresent = "demo-ledamot-2582";
    private const string Absent = "demo-ledamot-2580";

    private readonly TaskHostFactory host;
    private readonly HttpClient coordinator;

    public MeetingJusteringTests(TaskHostFactory host)
    {
        this.host = host;
        coordinator = host.CreateCoordinatorClient();
    }

    [Fact]
    public async Task Should_PutDecisionsInForceAtJusteringAndGiveTheirAppealAndLegalForceDates_When_TheMinutesAreCheckedAndPosted()
    {
        host.Clock.Set(new DateTimeOffset(2034, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await StartDecisionWorkflowAsync(coordinator, "Beslut om upphandling av e-arkiv", "2034/1-2.2.0.1");
        var meeting = await CreateMeetingAsync("2034-03-15");
        var information = (string)(await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/agenda",
            """{"title":"Information om ekonomin","kind":"Information"}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;
        host.Clock.Set(new DateTimeOffset(2034, 3, 15, 12, 10, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/attendance",
            $$"""{"attendees":[{"participantId":"{{Present}}"},{"participantId":"{{AlsoPresent}}"}]}""")).ExpectAsync(HttpStatusCode.OK);
        var matter = (string)(await ItemsAsync(meeting)).Single(e => (string?)e["caseNumber"] == "2034/1-2.2.0.1")["id"]!;
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 5"},{"agendaItemId":"{{information}}","outcome":"Noted","paragraph":"§ 6","immediate":true}]}"""))
            .ExpectAsync(HttpStatusCode.OK);

        var duringTheMeeting = await JusteraAsync(meeting, "2034-03-15", Present);
        Assert.Null(Decision(await ItemsAsync(meeting), matter)["effectiveAt"]);
        Assert.Equal("2034-03-15", (string?)Decision(await ItemsAsync(meeting), information)["effectiveAt"]);

        host.Clock.Set(new DateTimeOffset(2034, 3, 24, 9, 0, 0, TimeSpan.Zero));
        var anslagFirst = await PostAnslagAsync(meeting, "2034-03-24");
        var justerad = await (await JusteraAsync(meeting, "2034-03-23", Present, AlsoPresent)).ExpectAsync(HttpStatusCode.OK);
        var again = await JusteraAsync(meeting, "2034-03-23", Present);
        var tooLate = await PostAnslagAsync(meeting, "2034-03-27");
        await (await PostAnslagAsync(meeting, "2034-03-24")).ExpectAsync(HttpStatusCode.OK);

        Assert.Contains("inte avslutat", (string?)(await duringTheMeeting.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        Assert.Contains("inte justerat", (string?)(await anslagFirst.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        Assert.Equal("2034-03-23", (string?)justerad["justeradAt"]);
        Assert.Equal([Present, AlsoPresent], justerad["justerare"]!.AsArray().Select(j => (string)j!));
        await again.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains((await tooLate.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("senast andra dagen efter justeringen", StringComparison.Ordinal));
        var decision = Decision(await ItemsAsync(meeting), matter);
        Assert.Equal(("2034-03-23", "2034-03-24", "2034-04-14", "2034-04-15"),
            ((string)decision["effectiveAt"]!, (string)decision["anslagPostedAt"]!, (string)decision["appealEndsAt"]!, (string)decision["lagaKraftAt"]!));

        // The minutes: the paragraphs in order with their decisions, the justerare and the certificate of the anslag.
        var minutes = await coordinator.GetAsync($"/api/meetings/{meeting}/protokoll");
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        Assert.Equal("text/html", minutes.Content.Headers.ContentType?.MediaType);
        var html = await minutes.Content.ReadAsStringAsync();
        var bifall = html.IndexOf("<h3>§ 5 Beslut om upphandling av e-arkiv</h3>", StringComparison.Ordinal);
        var noted = html.IndexOf("<h3>§ 6 Information om ekonomin</h3>", StringComparison.Ordinal);
        Assert.True(bifall > 0 && noted > bifall, html);
        Assert.Contains("<strong>Beslut:</strong> Bifall", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Beslut:</strong> Lades till handlingarna", html, StringComparison.Ordinal);
        Assert.Contains("Justerat 23 mars 2034.", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Bevis om anslag</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Sista dag att överklaga</dt><dd>14 april 2034</dd>", html, StringComparison.Ordinal);

        // An appeal within the time: the decision gains no legal force at its end; the court's outcome is recorded later.
        host.Clock.Set(new DateTimeOffset(2034, 4, 3, 9, 0, 0, TimeSpan.Zero));
        var appealUrl = $"/api/meetings/{meeting}/agenda/{matter}/appeal";
        var appealed = await (await coordinator.PostJsonAsync(appealUrl, """{"registeredAt":"2034-04-02","by":"En kommunmedlem i Kalix"}""")).ExpectAsync(HttpStatusCode.OK);
        var twice = await coordinator.PostJsonAsync(appealUrl, """{"registeredAt":"2034-04-03"}""");
        var badOutcome = await coordinator.PutJsonAsync(appealUrl, """{"outcome":"Upphävt","decidedAt":"2034-04-03"}""");
        var judged = await (await coordinator.PutJsonAsync(appealUrl, """{"outcome":"avslaget","decidedAt":"2034-04-03"}""")).ExpectAsync(HttpStatusCode.OK);

        Assert.Null(appealed["decision"]!["lagaKraftAt"]);
        Assert.Equal(("2034-04-02", "En kommunmedlem i Kalix"), ((string)appealed["decision"]!["appeal"]!["registeredOn"]!, (string)appealed["decision"]!["appeal"]!["by"]!));
        await twice.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains((await badOutcome.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("Okänt utfall (outcome) 'Upphävt'", StringComparison.Ordinal));
        Assert.Equal(("Avslaget", "2034-04-03"), ((string)judged["decision"]!["appeal"]!["outcome"]!, (string)judged["decision"]!["appeal"]!["decidedOn"]!));
        // The case page reads the same standing by the secretary's task.
        var standing = await host.Services.GetRequiredService<MeetingAgenda>().CaseDecisionsAsync("2034/1-2.2.0.1");
        var (onMeeting, dated) = Assert.Single(standing).Value;
        Assert.Equal((new DateOnly(2034, 3, 15), AppealOutcome.Avslaget), (onMeeting.Date, dated.Appeal!.Outcome));
    }

    [Fact]
    public async Task Should_RefuseJusterareNotPresentOrTooMany_When_TheMinutesAreChecked()
    {
        host.Clock.Set(new DateTimeOffset(2035, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var meeting = await CreateMeetingAsync("2035-03-14");
        Assert.Contains("har inte börjat", (string?)(await (await coordinator.GetAsync($"/api/meetings/{meeting}/protokoll")).ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);
        host.Clock.Set(new DateTimeOffset(2035, 3, 14, 12, 10, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/attendance",
            $$"""{"attendees":[{"participantId":"{{Present}}"},{"participantId":"{{AlsoPresent}}"}]}""")).ExpectAsync(HttpStatusCode.OK);
        host.Clock.Set(new DateTimeOffset(2035, 3, 20, 9, 0, 0, TimeSpan.Zero));

        var absent = await JusteraAsync(meeting, "2035-03-19", Absent);
        var three = await JusteraAsync(meeting, "2035-03-19", Present, AlsoPresent, Absent);
        var none = await JusteraAsync(meeting, "2035-03-19");
        var future = await JusteraAsync(meeting, "2035-03-21", Present);

        Assert.Contains((await absent.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("var inte närvarande", StringComparison.Ordinal));
        Assert.Contains((await three.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("en eller två justerare", StringComparison.Ordinal));
        Assert.Contains((await none.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("en eller två justerare", StringComparison.Ordinal));
        Assert.Contains((await future.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("senare datum än i dag", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> JusteraAsync(string meetingId, string day, params string[] justerare) =>
        coordinator.PostJsonAsync($"/api/meetings/{meetingId}/justering",
            $$"""{"justeradAt":"{{day}}","justerare":[{{string.Join(",", justerare.Select(j => $"\"{j}\""))}}]}""");

    private Task<HttpResponseMessage> PostAnslagAsync(string meetingId, string day) =>
        coordinator.PostJsonAsync($"/api/meetings/{meetingId}/anslag", $$"""{"postedAt":"{{day}}"}""");

    private Task<string> CreateMeetingAsync(string date) => CreateCommitteeMeetingAsync(coordinator, date);

    private async Task<List<JsonObject>> ItemsAsync(string meetingId) =>
        [.. Agenda(await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK)).Select(e => e!.AsObject())];

    private static JsonObject Decision(List<JsonObject> items, string itemId) => items.Single(e => (string?)e["id"] == itemId)["decision"]!.AsObject();
}
