using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Email;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence.Outbox;
using ENamnd.TestSupport;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// What people read: a case from idea to contract end with the committee's meetings around it (a notice, a cancelled
/// meeting, a tilläggskallelse, reminders, the secretary's reminders, justering with a remark, the decision notice,
/// contract monitoring and the email to start a new case), and every email sent on the way read as it left the host.
/// On the host in a far year without seeded meetings (2037).
/// </summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public class CaseEmailsScenarioTests
{
    private const string Chair = "demo-ordforande";
    private const string Justerare = "demo-ledamot-2514";

    [Fact]
    public async Task Should_SendEveryEmailWithTextAndHtmlSignedAndWithoutRolesOrApiLinks_When_ACaseRunsToContractEndThroughTheCommittee()
    {
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        using var participant = host.CreateParticipantClient();
        host.Clock.Set(At(2037, 1, 5, 8));
        var driver = new CaseDriver(coordinator, participant, host.MailDirectory, TaskHostFactory.PublicBaseUrl, () => DispatchAsync(host));
        var caseId = await IdeaToManagementScenario.RunAsync(driver, coordinator, contractEndYear: 2037);
        Assert.Equal(7, await driver.AnswerAllAsync(caseId, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit));
        // Each round says what it asks; the phases' ends are told; management asks for a yearly share over the contract's years.
        var sent = await driver.DeliveredMailAsync();
        Assert.Contains(sent, m => (m.Subject ?? "").StartsWith("Intresse för idén: Gemensam e-tjänsteplattform – Boden (ärende 2022/1-2.2.0.1)", StringComparison.Ordinal));
        Assert.Contains(sent, m => (m.Subject ?? "").StartsWith("Överenskommelse om förstudie: Gemensam e-tjänsteplattform – Luleå", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("Om ärendet: Idé från Boden och Piteå.", StringComparison.Ordinal));
        Assert.Contains(sent, m => (m.Subject ?? "").StartsWith("Förstudie är klar – Gemensam e-tjänsteplattform", StringComparison.Ordinal));
        Assert.Equal(7, sent.Count(m => (m.Subject ?? "").StartsWith("Garantiåtagande – ", StringComparison.Ordinal)
            && (m.TextBody ?? "").Contains("om ett garantiåtagande för varje år under avtalstiden 2033-01-01–2037-12-31.", StringComparison.Ordinal)));
        var february = await CreateCommitteeMeetingAsync(coordinator, "2037-02-11");
        var march = await CreateCommitteeMeetingAsync(coordinator, "2037-03-18");
        await RunAsync(host, ContractExpiryMonitor.Id);

        // February: the notice, then the meeting is cancelled.
        await RunMeetingsAtAsync(host, At(2037, 2, 4, 5));
        await (await coordinator.PostJsonAsync($"/api/meetings/{february}/cancel", """{"reason":"Inga ärenden att behandla"}""")).ExpectAsync(HttpStatusCode.OK);
        await RunMeetingsAtAsync(host, At(2037, 2, 4, 9));

        // March: the notice; the proposal at contract end comes after it and reaches everyone in a tilläggskallelse; the reminder.
        await RunMeetingsAtAsync(host, At(2037, 3, 11, 5));
        host.Clock.Set(At(2037, 3, 11, 8));
        var proposal = Assert.Single((await coordinator.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open"))!, t => (string?)t!["kind"] == DecideContractEnd.TaskKind)!;
        await driver.AnswerAsync((string)proposal["id"]!, DecideContractEnd.NewProject);
        await RunMeetingsAtAsync(host, At(2037, 3, 12, 5));
        await RunMeetingsAtAsync(host, At(2037, 3, 17, 5));

        // At the meeting: attendance. The secretary is reminded to record the decision, then that the minutes wait for justerare.
        host.Clock.Set(At(2037, 3, 18, 12, 10));
        await (await coordinator.PostJsonAsync($"/api/meetings/{march}/attendance",
            $$"""{"attendees":[{"participantId":"{{Chair}}"},{"participantId":"{{Justerare}}"}]}""")).ExpectAsync(HttpStatusCode.OK);
        await RunMeetingsAtAsync(host, At(2037, 3, 19, 5));
        host.Clock.Set(At(2037, 3, 19, 8));
        var matter = (string)Agenda(await (await coordinator.GetAsync($"/api/meetings/{march}")).ExpectAsync(HttpStatusCode.OK))
            .Single(e => (string?)e!["title"] == $"Beslut vid avtalsslut: E-tjänsteplattform – förslag: {DecideContractEnd.TextOf(DecideContractEnd.NewProject)}")!["id"]!;
        await (await coordinator.PostJsonAsync($"/api/meetings/{march}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 61"}]}""")).ExpectAsync(HttpStatusCode.OK);
        await RunMeetingsAtAsync(host, At(2037, 3, 25, 5));

        // Justering: the chair signs, the justerare signs with a remark; the decision comes in force, is sent out, and starts a new project.
        host.Clock.Set(At(2037, 3, 25, 8));
        await (await coordinator.PutJsonAsync($"/api/meetings/{march}/justerare", $$"""{"justerare":["{{Justerare}}"]}""")).ExpectAsync(HttpStatusCode.OK);
        await RunMeetingsAtAsync(host, At(2037, 3, 25, 9));
        foreach (var (mail, remark) in Read(host).Where(m => m.Subject!.StartsWith("Justering av protokollet", StringComparison.Ordinal))
                     .Select(m => (m, m.To.Mailboxes.Single().Address.StartsWith("ordforande", StringComparison.Ordinal) ? null : "Rättat stavfel i § 61.")))
        {
            var link = TaskScenario.LinkPattern(TaskHostFactory.PublicBaseUrl).Match(mail.TextBody!);
            await (await TaskScenario.PostFormAsync(participant, new TaskLink(link.Value, link.Groups["id"].Value, link.Groups["token"].Value, "", ""),
                CheckMinutes.Checked, comment: remark)).ExpectStatusAsync(HttpStatusCode.SeeOther);
        }
        await RunMeetingsAtAsync(host, At(2037, 3, 26, 5));
        await Poll.UntilAsync(() => driver.CaseAsync(caseId), c => (string?)c["phase"] == "Kvalificering av idé",
            TimeSpan.FromSeconds(30), c => $"the case is in the phase '{c["phase"]}'.", TimeSpan.FromMilliseconds(100));
        await DispatchAsync(host);

        var mails = Read(host);
        // Every kind of email of the run is among them, so the checks below read them all.
        foreach (var subject in new[]
                 {
                     "Kallelse: Nämndens sammanträde", "Inställt: Nämndens sammanträde", "Tilläggskallelse: Nämndens sammanträde",
                     "Påminnelse: Nämndens sammanträde", "Registrera besluten:", "Protokollet väntar:", "Justering av protokollet:",
                     "Synpunkt:", "Nämndens beslut § 61:", "Avtalsbevakning:", "Förslag till beslut vid avtalsslut:", "Starta ett nytt ärende:",
                 })
            Assert.Contains(mails, m => m.Subject!.StartsWith(subject, StringComparison.Ordinal));
        Assert.All(mails, AssertReadable);

        // The notice says whom to report förhinder to, the secretary organises the meeting, and the e-samordnare is called.
        var notices = mails.Where(m => m.Subject!.StartsWith("Kallelse: Nämndens sammanträde onsdag 18 mars 2037", StringComparison.Ordinal)).ToList();
        var member = notices.Single(m => m.To.Mailboxes.Single().Address == "ledamot.kalix@example.org");
        Assert.Contains("\nAnmäl förhinder till ", member.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("sekreterare@example.org", Assert.Single(member.ReplyTo.Mailboxes).Address);
        var organizer = Assert.Single(Calendar.Load(member.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar")).Text)!.Events).Organizer!;
        Assert.Equal("mailto:sekreterare@example.org", organizer.Value?.ToString());
        Assert.Contains(notices, m => m.TextBody!.Contains("som föredragande", StringComparison.Ordinal));
    }

    // Both parts, the sign-off last in the text and in the HTML, Swedish HTML, and nothing of the inside: no role syntax, no API
    // address, no contract key in place of a case number.
    private static void AssertReadable(MimeMessage mail)
    {
        var what = $"the email '{mail.Subject}' to {mail.To}";
        Assert.False(string.IsNullOrWhiteSpace(mail.TextBody), $"{what} has no plain-text part.");
        Assert.False(string.IsNullOrWhiteSpace(mail.HtmlBody), $"{what} has no HTML part.");
        Assert.True(mail.TextBody!.TrimEnd().EndsWith(EmailSignOff.Text, StringComparison.Ordinal), $"{what} does not end with the sign-off:\n{mail.TextBody}");
        Assert.True(mail.HtmlBody!.Contains(EmailSignOff.Text, StringComparison.Ordinal), $"{what} has no sign-off in its HTML.");
        Assert.True(mail.HtmlBody.Contains("lang=\"sv\"", StringComparison.Ordinal), $"{what} has HTML without lang=\"sv\".");
        foreach (var text in new[] { mail.Subject!, mail.TextBody, mail.HtmlBody })
        {
            Assert.False(text.Contains("roll:", StringComparison.OrdinalIgnoreCase), $"{what} shows role syntax:\n{text}");
            Assert.False(text.Contains("/api/", StringComparison.OrdinalIgnoreCase), $"{what} links to the API:\n{text}");
            Assert.False(Regex.IsMatch(text, "avtal:[0-9a-f]"), $"{what} shows a contract's key:\n{text}");
        }
    }

    private static List<MimeMessage> Read(TaskHostFactory host) =>
        [.. Directory.EnumerateFiles(host.MailDirectory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    private static async Task RunMeetingsAtAsync(TaskHostFactory host, DateTimeOffset at)
    {
        host.Clock.Set(at);
        await RunAsync(host, MeetingReminderJob.Id);
    }

    private static async Task RunAsync(TaskHostFactory host, string jobId)
    {
        await host.Services.GetServices<IMonitorJob>().Single(j => j.JobId == jobId).RunAsync(CancellationToken.None);
        await DispatchAsync(host);
    }

    private static Task DispatchAsync(TaskHostFactory host) => host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
