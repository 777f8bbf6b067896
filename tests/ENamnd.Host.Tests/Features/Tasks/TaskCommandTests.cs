using System.Net;
using System.Net.Http.Json;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>The coordinator reminds the recipient of an open task, or gives the task to someone else, through the API.</summary>
public class TaskCommandTests(TaskHostFactory host) : IClassFixture<TaskHostFactory>
{
    private const string Substitute = "ersattare.uppgiftstest@example.org";

    [Fact]
    public async Task Should_SendAReminderAndCountIt_When_TheCoordinatorReminds()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var coordinator = host.CreateCoordinatorClient();

        var response = await coordinator.PostAsync($"/api/tasks/{link.TaskId}/remind", null);

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)body["remindersSent"]!);
        var task = await TaskScenario.TaskAsync(host, link.TaskId);
        Assert.Equal(1, task.RemindersSent);
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), task.LastRemindedAt!.Value.ToUnixTimeMilliseconds());
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var reminder = Assert.Single(MailsOf(link.CaseNumber), m => m.Subject?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true);
        Assert.Equal(TaskScenario.Approver, reminder.To.Mailboxes.Single().Address);
        // The reminder's link is the task's own, and the task can still be answered with it.
        Assert.Contains(link.Url, reminder.TextBody ?? "", StringComparison.Ordinal);
        var answer = await host.CreateClient().PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = link.Token, outcome = "Approved" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Should_GiveTheTaskANewLinkAndStopTheOldOne_When_TheCoordinatorReassigns()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var coordinator = host.CreateCoordinatorClient();

        var response = await coordinator.PostAsJsonAsync($"/api/tasks/{link.TaskId}/reassign", new { email = Substitute, name = "Ersättare i uppgiftstestet" });

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(Substitute, (string?)body["recipientEmail"]);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var invitation = Assert.Single(MailsOf(link.CaseNumber), m => m.To.Mailboxes.Any(a => a.Address == Substitute));
        var text = invitation.TextBody ?? "";
        Assert.StartsWith("Hej Ersättare i uppgiftstestet!", text, StringComparison.Ordinal);
        var newLink = TaskScenario.LinkPattern(TaskHostFactory.PublicBaseUrl).Match(text);
        Assert.True(newLink.Success, text);
        Assert.Equal(link.TaskId, newLink.Groups["id"].Value);
        Assert.NotEqual(link.Token, newLink.Groups["token"].Value);

        using var participant = host.CreateClient();
        var old = await participant.PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = link.Token, outcome = "Approved" });
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        var answered = await participant.PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = newLink.Groups["token"].Value, outcome = "Approved" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var decision = Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.Equal(Substitute, decision.DecidedBy);
    }

    [Fact]
    public async Task Should_RefuseInSwedishAndChangeNothing_When_ACommandCannotRun()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var coordinator = host.CreateCoordinatorClient();
        var url = $"/api/tasks/{link.TaskId}/reassign";

        var badAddress = await coordinator.PostAsJsonAsync(url, new { email = "inte en adress" });
        var same = await coordinator.PostAsJsonAsync(url, new { email = TaskScenario.Approver });
        var unknown = await coordinator.PostAsync("/api/tasks/0123456789abcdef0123456789abcdef/remind", null);
        var anonymous = await host.CreateClient().PostAsync($"/api/tasks/{link.TaskId}/remind", null);
        await host.CreateClient().PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = link.Token, outcome = "Approved" });
        var decided = await coordinator.PostAsync($"/api/tasks/{link.TaskId}/remind", null);

        Assert.Equal(HttpStatusCode.BadRequest, badAddress.StatusCode);
        Assert.Contains("Ogiltig e-postadress", await badAddress.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("redan", await same.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.Contains("Uppgiften är redan besvarad.", await decided.Content.ReadAsStringAsync());
        var task = await TaskScenario.TaskAsync(host, link.TaskId);
        Assert.Equal(TaskScenario.Approver, task.RecipientEmail);
        Assert.Equal(0, task.RemindersSent);
        Assert.Equal(0, task.LinkVersion);
    }

    private List<MimeMessage> MailsOf(string caseNumber) =>
        [.. Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.Subject?.EndsWith($"(ärende {caseNumber})", StringComparison.Ordinal) == true)];
}
