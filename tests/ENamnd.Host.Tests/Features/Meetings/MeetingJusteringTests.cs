using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// Justering and anslag of the committee's minutes (the justerare appointed, the chair's and the justerares' tasks, or
/// <c>POST /api/meetings/{id}/justering</c>, and <c>…/anslag</c>) on a
/// manual clock, and the dates each decision then shows: in force, notice posted, time to appeal, legal force.
/// </summary>
public sealed class MeetingJusteringTests : IClassFixture<TaskHostFactory>
{
    private const string Present = "demo-ledamot-2514";
    private const string AlsoPresent = "demo-ledamot-2582";
    private const string Absent = "demo-ledamot-2580";
    private const string Chair = "demo-ordforande";

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
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 5","reservations":["{{AlsoPresent}}"]},{"agendaItemId":"{{information}}","outcome":"Noted","paragraph":"§ 6","immediate":true}]}"""))
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
        Assert.Contains("<strong>Beslut:</strong> Bifall</p><p>Ledamot Boden reserverar sig mot beslutet.</p><p>Föredragande: Samordnare E-kontoret</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Beslut:</strong> Lades till handlingarna", html, StringComparison.Ordinal);
        Assert.Contains("Justerat 23 mars 2034.", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Bevis om anslag</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Sista dag att överklaga</dt><dd>14 april 2034</dd>", html, StringComparison.Ordinal);
        // The same minutes as a Word document.
        var document = await coordinator.GetAsync($"/api/meetings/{meeting}/protokoll/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal("protokoll-2034-03-15.docx", document.Content.Headers.ContentDisposition?.FileNameStar ?? document.Content.Headers.ContentDisposition?.FileName);
        using var package = new System.IO.Compression.ZipArchive(await document.Content.ReadAsStreamAsync());
        using var part = new StreamReader(package.GetEntry("word/document.xml")!.Open());
        var words = string.Concat(System.Xml.Linq.XDocument.Parse(await part.ReadToEndAsync()).Descendants().Where(e => e.Name.LocalName is "t" or "br" or "p")
            .Select(e => e.Name.LocalName == "t" ? e.Value : "\n"));
        Assert.Contains("§ 5 Beslut om upphandling av e-arkiv", words, StringComparison.Ordinal);
        Assert.Contains("Beslut: Bifall", words, StringComparison.Ordinal);
        Assert.True(words.IndexOf("§ 5 ", StringComparison.Ordinal) < words.IndexOf("§ 6 ", StringComparison.Ordinal), words);
        Assert.Contains("Sista dag att överklaga: 14 april 2034", words, StringComparison.Ordinal);

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

    [Fact]
    public async Task Should_SendTheMinutesToTheChairAndJusterareAndPutTheDecisionInForceWhenAllHaveSigned_When_TheMeetingIsOverAndEveryMatterDecided()
    {
        host.Clock.Set(new DateTimeOffset(2036, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var instanceId = await StartDecisionWorkflowAsync(coordinator, "Beslut om e-arkiv", "2036/1-2.2.0.1");
        var meeting = await CreateMeetingAsync("2036-03-12");
        // The secretary's page says which meeting the matter is on, as the agenda places it now.
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var secretaryPage = await host.CreateParticipantClient().GetStringAsync(LinkIn(TaskScenario.FindMail(host, instanceId, "2036/1-2.2.0.1")).PathAndQuery);
        Assert.Contains("<dt>Sammanträde</dt><dd>Nämndens sammanträde onsdag 12 mars 2036 kl. 13.00</dd>", secretaryPage, StringComparison.Ordinal);
        host.Clock.Set(new DateTimeOffset(2036, 3, 12, 12, 10, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/attendance",
            $$"""{"attendees":[{"participantId":"{{Chair}}"},{"participantId":"{{Present}}"},{"participantId":"{{AlsoPresent}}"},{"participantId":"demo-ersattare-2580"}]}"""))
            .ExpectAsync(HttpStatusCode.OK);
        var absent = await AppointAsync(meeting, Absent);
        var appointed = await (await AppointAsync(meeting, Present)).ExpectAsync(HttpStatusCode.OK);
        var matter = (string)(await ItemsAsync(meeting)).Single(e => (string?)e["caseNumber"] == "2036/1-2.2.0.1")["id"]!;
        var absentReserves = await coordinator.PostJsonAsync($"/api/meetings/{meeting}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 5","reservations":["{{Absent}}"],"presenter":"nobody"}]}""");
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 5"}]}""")).ExpectAsync(HttpStatusCode.OK);
        var refused = (await absentReserves.ExpectAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Contains(refused, e => e.Contains($"'{Absent}' deltog inte i beslutet och kan inte reservera sig", StringComparison.Ordinal));
        Assert.Contains(refused, e => e.Contains("föredraganden 'nobody' finns inte", StringComparison.Ordinal));
        // Decided during the meeting: the minutes go out once it is over, on the next run of the daily job.
        Assert.DoesNotContain(await JusteringMailsAsync(), m => m.Subject!.Contains("12 mars 2036", StringComparison.Ordinal));

        host.Clock.Set(new DateTimeOffset(2036, 3, 12, 15, 30, 0, TimeSpan.Zero));
        await RunMeetingJobAsync();
        var mails = (await JusteringMailsAsync()).Where(m => m.Subject!.Contains("12 mars 2036", StringComparison.Ordinal)).ToList();
        var changeLate = await AppointAsync(meeting, AlsoPresent);
        // While the signers have the minutes, neither the agenda nor the decisions change.
        var addLate = await coordinator.PostJsonAsync($"/api/meetings/{meeting}/agenda", """{"title":"Sent tillagd information","kind":"Information"}""");
        Assert.Contains("skickat till ordföranden och justerarna", (string?)(await addLate.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);

        Assert.Contains((await absent.ExpectAsync(HttpStatusCode.BadRequest)).Errors(), e => e.Contains("var inte närvarande", StringComparison.Ordinal));
        Assert.Equal([Present], appointed["justerare"]!.AsArray().Select(j => (string)j!));
        Assert.Equal(["ledamot.kalix@example.org", "ordforande@example.org"], mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var chairs = mails.Single(m => m.To.Mailboxes.Single().Address == "ordforande@example.org");
        var justerares = mails.Single(m => m != chairs);
        var text = chairs.TextBody;
        Assert.Equal("Justering av protokollet: Nämndens sammanträde onsdag 12 mars 2036 kl. 13.00", chairs.Subject);
        Assert.Contains("Protokollet justeras av Ordförande E-nämnden och Ledamot Kalix. Läs det nedan och justera det senast 26 mars 2036 kl. 16:00.", text, StringComparison.Ordinal);
        Assert.Contains("§ 5 Beslut om e-arkiv (ärende 2036/1-2.2.0.1)\nBeslut: Bifall\n", text, StringComparison.Ordinal);
        // The substitute for Luleå serves for its absent member, and the minutes say so.
        Assert.Contains("- Ersättare Luleå, ersättare, tjänstgör för Ledamot Luleå, Luleå\n", text, StringComparison.Ordinal);
        Assert.Equal(Absent, (string?)appointed["attendance"]!.AsArray().Single(a => (string)a!["participantId"]! == "demo-ersattare-2580")!["servesFor"]);
        Assert.Contains("Byt mottagare", (string?)(await changeLate.ExpectAsync(HttpStatusCode.Conflict))["detail"], StringComparison.Ordinal);

        // The chair signs first: nothing is in force yet. The justerare signs three days later: the minutes are justerade that day.
        host.Clock.Set(new DateTimeOffset(2036, 3, 13, 9, 0, 0, TimeSpan.Zero));
        var participant = host.CreateParticipantClient();
        await (await SignAsync(participant, chairs)).ExpectStatusAsync(HttpStatusCode.SeeOther);
        Assert.Null(Decision(await ItemsAsync(meeting), matter)["effectiveAt"]);
        Assert.Equal(WorkflowStatus.Running, (await TaskScenario.InstanceAsync(host, instanceId)).Status);
        host.Clock.Set(new DateTimeOffset(2036, 3, 16, 9, 0, 0, TimeSpan.Zero));
        await (await SignAsync(participant, justerares, "Rättat stavfel i § 5.")).ExpectStatusAsync(HttpStatusCode.SeeOther);
        await RunMeetingJobAsync();

        var view = await (await coordinator.GetAsync($"/api/meetings/{meeting}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2036-03-16", (string?)view["justeradAt"]);
        // The meeting's record says who recorded what, through which channel.
        Assert.Equal(
            [
                ("justerare", "Samordnare", "api", "Justerare: Ledamot Kalix"),
                ("beslut", "Samordnare", "api", "§ 5 ”Beslut om e-arkiv”: Bifall"),
                ("justering", "Ordförande E-nämnden, Ledamot Kalix", "email-link", "Justerat 16 mars 2036 av Ordförande E-nämnden, Ledamot Kalix"),
            ],
            view["history"]!.AsArray().Select(e => ((string)e!["kind"]!, (string)e["recordedBy"]!, (string)e["channel"]!, (string)e["details"]!)));
        var remark = Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.Subject == "Synpunkt: Justering av protokollet: Nämndens sammanträde onsdag 12 mars 2036 kl. 13.00");
        Assert.Equal("sekreterare@example.org", remark.To.Mailboxes.Single().Address);
        Assert.Contains("Ledamot Kalix har justerat protokollet", remark.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rättat stavfel i § 5.", remark.TextBody, StringComparison.Ordinal);
        Assert.Equal("2036-03-16", (string?)Decision(await ItemsAsync(meeting), matter)["effectiveAt"]);
        var instance = await TaskScenario.InstanceAsync(host, instanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains(instance.Journal, j => j.ActivityId == "after-Approved");
        Assert.Equal(WorkflowStatus.Finished, (await TaskScenario.InstanceAsync(host, MeetingJusteringTasks.InstanceId(meeting))).Status);
        // The secretary is reminded to post the anslag by the second day after the justering.
        var anslag = Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.Subject == "Sätt upp anslaget: Nämndens sammanträde onsdag 12 mars 2036 kl. 13.00");
        Assert.Contains("senast tisdag 18 mars 2036", anslag.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_WithdrawTheJusteringTasks_When_TheSecretaryRecordsTheSignedMinutes()
    {
        host.Clock.Set(new DateTimeOffset(2036, 5, 2, 8, 0, 0, TimeSpan.Zero));
        var meeting = await CreateMeetingAsync("2036-05-13");
        host.Clock.Set(new DateTimeOffset(2036, 5, 13, 12, 10, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/attendance",
            $$"""{"attendees":[{"participantId":"{{Chair}}"},{"participantId":"{{Present}}"}]}""")).ExpectAsync(HttpStatusCode.OK);
        await (await AppointAsync(meeting, Present)).ExpectAsync(HttpStatusCode.OK);
        host.Clock.Set(new DateTimeOffset(2036, 5, 13, 15, 30, 0, TimeSpan.Zero));
        await RunMeetingJobAsync();
        var mails = (await JusteringMailsAsync()).Where(m => m.Subject!.Contains("13 maj 2036", StringComparison.Ordinal)).ToList();

        var justerad = await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/justering", """{"justeradAt":"2036-05-13"}""")).ExpectAsync(HttpStatusCode.OK);
        var late = await SignAsync(host.CreateParticipantClient(), mails[0]);

        Assert.Equal(2, mails.Count);
        Assert.Equal([Present], justerad["justerare"]!.AsArray().Select(j => (string)j!));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("avslutad", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(WorkflowSubStatus.Cancelled, (await TaskScenario.InstanceAsync(host, MeetingJusteringTasks.InstanceId(meeting))).SubStatus);
    }

    private Task<HttpResponseMessage> AppointAsync(string meetingId, params string[] justerare) =>
        coordinator.PutJsonAsync($"/api/meetings/{meetingId}/justerare", $$"""{"justerare":[{{string.Join(",", justerare.Select(j => $"\"{j}\""))}}]}""");

    private async Task RunMeetingJobAsync()
    {
        await host.Services.GetServices<IMonitorJob>().OfType<MeetingReminderJob>().Single().RunAsync(CancellationToken.None);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    // The justering emails sent so far.
    private async Task<List<MimeMessage>> JusteringMailsAsync()
    {
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return [.. Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.Subject?.StartsWith("Justering av protokollet", StringComparison.Ordinal) == true)];
    }

    // Answers the justering task of an email through its link, as the page's form does.
    private static Task<HttpResponseMessage> SignAsync(HttpClient participant, MimeMessage mail, string? comment = null) =>
        TaskScenario.PostFormAsync(participant, LinkIn(mail), CheckMinutes.Checked, comment: comment);

    private static TaskLink LinkIn(MimeMessage mail)
    {
        var match = TaskScenario.LinkPattern(TaskHostFactory.PublicBaseUrl).Match(mail.TextBody ?? "");
        Assert.True(match.Success, mail.TextBody);
        return new TaskLink(match.Value, match.Groups["id"].Value, match.Groups["token"].Value, "", "");
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
