using System.Net;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Tests.Features.Tasks;

public class TaskPageTests(TaskHostFactory host) : IClassFixture<TaskHostFactory>
{
    [Fact]
    public async Task Should_LinkToPublicBaseUrl_When_EmailSent()
    {
        var link = await TaskScenario.StartApprovalAsync(host);

        Assert.StartsWith($"{TaskHostFactory.PublicBaseUrl}/tasks/{link.TaskId}?t=", link.Url);
        var mail = TaskScenario.FindMail(host, link.InstanceId, link.CaseNumber);
        Assert.DoesNotContain("localhost", mail.TextBody);
        Assert.DoesNotContain("[[uppgiftslänk", mail.TextBody);
        Assert.Contains($"href=\"{link.Url}\"", mail.HtmlBody);
        Assert.Equal(TaskScenario.Approver, Assert.Single(mail.To.Mailboxes).Address);
    }

    [Fact]
    public async Task Should_ShowQuestionAndChangeNothing_When_LinkOpened()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();

        var page = await client.GetAsync(link.PathAndQuery);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, link.PathAndQuery));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Godkännande av projektplan", html);
        Assert.Contains(link.CaseNumber, html);
        Assert.Contains($"Godkänner du projektplanen i ärende {link.CaseNumber}?", html);
        Assert.Contains("href=\"https://dokument.example.org/projektplan.pdf\"", html);
        Assert.Contains("Svara senast", html);
        Assert.Contains("value=\"Approved\">Godkänn</button>", html);
        Assert.Contains("value=\"Rejected\">Avslå</button>", html);
        Assert.Contains("value=\"Returned\">Återremittera</button>", html);
        Assert.Contains("name=\"comment\"", html);
        Assert.DoesNotContain("name=\"reference\"", html);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(WorkflowSubStatus.Suspended, (await TaskScenario.InstanceAsync(host, link.InstanceId)).SubStatus);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
    }

    [Fact]
    public async Task Should_KeepParagraphsAndLineBreaksEscaped_When_TheQuestionHasSeveralLines()
    {
        var link = await TaskScenario.StartApprovalAsync(host, instructions: "Avtal: E-arkiv\nLeverantör: Arkiv & Co <AB>\n\nLämna ert förslag till beslut.");
        using var client = host.CreateParticipantClient();

        var html = await client.GetStringAsync(link.PathAndQuery);

        const string Question = "<p>Avtal: E-arkiv<br>Leverantör: Arkiv &amp; Co &lt;AB&gt;</p><p>Lämna ert förslag till beslut.</p>";
        Assert.Contains($"<div class=\"fraga\">{Question}</div>", html);
        Assert.DoesNotContain("<AB>", html);
        // The email's HTML part shows the question the same way.
        Assert.Contains(Question, TaskScenario.FindMail(host, link.InstanceId, link.CaseNumber).HtmlBody);
    }

    [Fact]
    public async Task Should_ContinueWorkflowAndRecordDecision_When_ApprovalPosted()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();

        var answer = await TaskScenario.PostFormAsync(client, link, "Approved", comment: "Bra underlag.");

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        var receipt = await client.GetAsync(answer.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains("Tack! Ditt svar är registrerat.", await receipt.Content.ReadAsStringAsync());
        var instance = await TaskScenario.InstanceAsync(host, link.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Contains(instance.Journal, e => e.ActivityId == ApprovalDefinition.AfterApproval && e.EventType == JournalEventType.Completed);
        var task = await TaskScenario.TaskAsync(host, link.TaskId);
        Assert.Equal(HumanTaskStatus.Decided, task.Status);
        Assert.Equal("Approved", task.Outcome);
        var decision = Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.Equal("Approved", decision.Outcome);
        Assert.Equal("Bra underlag.", decision.Comment);
        Assert.Equal(TaskScenario.Approver, decision.DecidedBy);
        Assert.Equal(TaskChannels.EmailLink, decision.Channel);
        Assert.Equal(link.CaseNumber, decision.CaseNumber);
        Assert.Equal(link.InstanceId, decision.InstanceId);
        Assert.Equal(1, decision.DefinitionVersion);
        Assert.Equal("approval", decision.Kind);
        Assert.Equal(host.Clock.GetUtcNow(), decision.DecidedAtUtc);
        var local = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        Assert.Equal(local.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture), decision.DecidedAtLocal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0[12]:00$", decision.DecidedAtLocal);
    }

    [Fact]
    public async Task Should_Answer409_When_AnswerReplayed()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();
        await TaskScenario.PostFormAsync(client, link, "Approved");

        var replay = await TaskScenario.PostFormAsync(client, link, "Rejected");

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("Frågan är redan besvarad.", await replay.Content.ReadAsStringAsync());
        Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.Equal("Approved", (await TaskScenario.TaskAsync(host, link.TaskId)).Outcome);
    }

    [Fact]
    public async Task Should_AcceptExactlyOne_When_TwoAnswersRace()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var first = host.CreateParticipantClient();
        using var second = host.CreateParticipantClient();

        var answers = await Task.WhenAll(TaskScenario.PostFormAsync(first, link, "Approved"), TaskScenario.PostFormAsync(second, link, "Rejected"));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.SeeOther);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
    }

    [Fact]
    public async Task Should_Answer400AndChangeNothing_When_OutcomeNotAChoice()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();

        var answer = await TaskScenario.PostFormAsync(client, link, "Kanske", comment: "Osäker");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Svaret finns inte bland alternativen", html);
        Assert.Contains(">Osäker</textarea>", html);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
        Assert.Equal(WorkflowSubStatus.Suspended, (await TaskScenario.InstanceAsync(host, link.InstanceId)).SubStatus);
        Assert.Empty(await TaskScenario.DecisionsAsync(host, link.TaskId));
    }

    [Theory]
    [InlineData("Bra\u001Bunderlag", "Fältet comment innehåller ett otillåtet tecken (styrtecken U+001B).")]
    [InlineData("Bra\u0000underlag", "Formuläret kunde inte läsas: det innehåller otillåtna tecken eller är för stort.")]
    public async Task Should_Answer400InSwedishAndChangeNothing_When_TheCommentHasAControlCharacter(string comment, string message)
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();

        var answer = await TaskScenario.PostFormAsync(client, link, "Approved", comment: comment);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
        Assert.Empty(await TaskScenario.DecisionsAsync(host, link.TaskId));
    }

    [Fact]
    public async Task Should_Answer404_When_TokenTamperedOrTaskUnknown()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();
        var tampered = (link.Token[0] == 'A' ? "B" : "A") + link.Token[1..];

        var page = await client.GetAsync($"{link.Path}?t={tampered}");
        var post = await TaskScenario.PostFormAsync(client, link, "Approved", token: tampered);
        var missing = await client.GetAsync($"{link.Path}");
        var unknown = await client.GetAsync($"/tasks/{new string('0', 32)}?t={link.Token}");

        Assert.All([page, post, missing, unknown], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Contains("Länken är ogiltig.", await post.Content.ReadAsStringAsync());
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
    }

    [Fact]
    public async Task Should_Answer409WithReason_When_WorkflowCancelledTheTask()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var coordinator = host.CreateCoordinatorClient();
        using var client = host.CreateParticipantClient();
        (await coordinator.PostAsync($"/api/instances/{link.InstanceId}/cancel", null)).EnsureSuccessStatusCode();

        var page = await client.GetAsync(link.PathAndQuery);
        var post = await TaskScenario.PostFormAsync(client, link, "Approved");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("återkallad", await post.Content.ReadAsStringAsync());
        Assert.Equal(HumanTaskStatus.Cancelled, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
        Assert.Empty(await TaskScenario.DecisionsAsync(host, link.TaskId));
    }

    [Fact]
    public async Task Should_NeverLogToken_When_LinkOpenedAndAnswered()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateParticipantClient();

        await client.GetAsync(link.PathAndQuery);
        var answer = await TaskScenario.PostFormAsync(client, link, "Approved");
        await client.GetAsync(answer.Headers.Location);

        Assert.Contains(link.TaskId, host.LogText);
        Assert.DoesNotContain(link.Token, host.LogText);
        Assert.DoesNotContain(Uri.EscapeDataString(link.Token), host.LogText);
    }
}
