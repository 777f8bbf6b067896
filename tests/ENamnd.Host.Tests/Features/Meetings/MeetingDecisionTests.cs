using System.Net;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// The secretary records the committee's decisions for a meeting (<c>POST /api/meetings/{id}/decisions</c>): a
/// workflow waiting in AwaitCommitteeDecision continues exactly as if the task page had been answered.
/// </summary>
public sealed class MeetingDecisionTests : IClassFixture<TaskHostFactory>
{
    private readonly TaskHostFactory host;
    private readonly HttpClient coordinator;

    public MeetingDecisionTests(TaskHostFactory host)
    {
        this.host = host;
        coordinator = host.CreateCoordinatorClient();
    }

    [Fact]
    public async Task Should_ContinueTheWorkflowWithParagraph_When_SecretaryRecordsTheDecision()
    {
        var instanceId = await StartDecisionWorkflowAsync(coordinator, "Förstudie e-arkiv", "2022/41-2.2.0.1");
        var meetingId = await CreateMeetingAsync(10);
        var meeting = await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK);
        var item = Assert.Single(MeetingApiTests.Agenda(meeting), e => (string?)e!["caseNumber"] == "2022/41-2.2.0.1")!;
        var itemId = (string)item["id"]!;
        // The committee decides at the meeting: the clock moves to its start.
        host.Clock.Set(DateTimeOffset.Parse((string)meeting["startsAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        var recorded = await (await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"Approved","paragraph":"§ 12","note":"Justeras 30 mars."}]}"""))
            .ExpectAsync(HttpStatusCode.OK);
        var again = await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"Rejected","paragraph":"§ 13"}]}""");

        var decided = recorded.AsArray().Single(e => (string)e!["id"]! == itemId)!;
        Assert.Equal(("Approved", "§ 12"), ((string)decided["decision"]!["outcome"]!, (string)decided["decision"]!["paragraph"]!));
        await again.ExpectAsync(HttpStatusCode.Conflict);
        // The bifall is in force at the justering: the workflow waits for it, and continues when it is recorded.
        Assert.Equal(WorkflowStatus.Running, (await TaskScenario.InstanceAsync(host, instanceId)).Status);
        Assert.Null(decided["decision"]!["effectiveAt"]);
        host.Clock.Advance(TimeSpan.FromHours(3));
        var today = ENamnd.Engine.Expressions.StockholmTime.DateOf(host.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var justerad = await (await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/justering",
            $$"""{"justeradAt":"{{today}}","justerare":["demo-ledamot-2514"]}""")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(today, (string?)MeetingApiTests.Agenda(justerad).Single(e => (string)e!["id"]! == itemId)!["decision"]!["effectiveAt"]);
        var instance = await TaskScenario.InstanceAsync(host, instanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains(instance.Journal, j => j.ActivityId == "after-Approved");
        var task = await TaskScenario.TaskAsync(host, await TaskIdOfAsync(itemId));
        Assert.Equal((HumanTaskStatus.Decided, "Approved", "§ 12", "meeting"), (task.Status, task.Outcome, task.Reference, task.Channel));
        var audit = Assert.Single(await TaskScenario.DecisionsAsync(host, task.Id));
        // The audit names who recorded the decision for the meeting (the coordinator), not the secretary whose task it answered.
        Assert.Equal(("meeting", "Samordnare"), (audit.Channel, audit.DecidedBy));
    }

    [Fact]
    public async Task Should_ContinueAtOnce_When_TheParagraphIsDeclaredImmediatelyChecked()
    {
        var instanceId = await StartDecisionWorkflowAsync(coordinator, "Förlängning av avtal för e-arkiv", "2022/42-2.2.0.1");
        var meetingId = await CreateMeetingAsync(14);
        var meeting = await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK);
        var itemId = (string)Assert.Single(MeetingApiTests.Agenda(meeting), e => (string?)e!["caseNumber"] == "2022/42-2.2.0.1")!["id"]!;
        host.Clock.Set(DateTimeOffset.Parse((string)meeting["startsAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        var recorded = await (await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{itemId}}","outcome":"Approved","paragraph":"§ 70","immediate":true}]}""")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal((string)meeting["date"]!, (string?)recorded.AsArray().Single(e => (string)e!["id"]! == itemId)!["decision"]!["effectiveAt"]);
        var instance = await TaskScenario.InstanceAsync(host, instanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains(instance.Journal, j => j.ActivityId == "after-Approved");
    }

    [Theory]
    [InlineData(101, "no-such-item", "Approved", "finns inte på sammanträdets föredragningslista")]
    [InlineData(102, null, "Godkänt", "okänt beslut 'Godkänt'")]
    public async Task Should_Answer400AndDecideNothing_When_ItemOrOutcomeUnknown(int caseSerial, string? itemId, string outcome, string error)
    {
        var instanceId = await StartDecisionWorkflowAsync(coordinator, "Upphandling av e-tjänsteplattform", $"2022/{caseSerial}-2.2.0.1");
        var meetingId = await CreateMeetingAsync(12);
        var meeting = await (await coordinator.GetAsync($"/api/meetings/{meetingId}")).ExpectAsync(HttpStatusCode.OK);
        var realItem = (string)MeetingApiTests.Agenda(meeting).First(e => !(bool)e!["fixed"]!)!["id"]!;
        host.Clock.Set(DateTimeOffset.Parse((string)meeting["startsAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        var response = await coordinator.PostJsonAsync($"/api/meetings/{meetingId}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{realItem}}","outcome":"Approved","paragraph":"§ 1"},{"agendaItemId":"{{itemId ?? realItem}}x","outcome":"{{outcome}}","paragraph":"§ 2"}]}"""
                .Replace($"{realItem}x", itemId is null ? realItem + "-dup" : itemId, StringComparison.Ordinal));

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors(), e => e.Contains(error, StringComparison.Ordinal));
        Assert.Equal(WorkflowStatus.Running, (await TaskScenario.InstanceAsync(host, instanceId)).Status);
    }

    // Matters placed for "the next meeting" go to the first committee meeting after them, whichever test created it.
    private async Task<string> CreateMeetingAsync(int days)
    {
        await (await coordinator.PostJsonAsync("/api/meetings",
            $$"""{"body":"Nämnd","date":"{{Upcoming(host, days)}}","start":"13:00","end":"15:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.Created);
        var next = await host.Services.GetRequiredService<MeetingCalendar>().NextMeetingAsync(MeetingBody.Namnd, host.Clock.GetUtcNow());
        return next!.Id;
    }

    private async Task<string> TaskIdOfAsync(string agendaItemId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var row = await db.AgendaItems.AsNoTracking().SingleAsync(a => a.Id == agendaItemId);
        return Assert.Single(MeetingAgenda.TaskIdsOf(row));
    }
}
