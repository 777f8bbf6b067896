using System.Net;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Host.Tests.Features.Contracts;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.TestSupport;
using static ENamnd.Host.Tests.Features.Meetings.MeetingApiTests;
using static ENamnd.Host.Tests.Features.Webhooks.WebhookSetup;

namespace ENamnd.Host.Tests.Features.Webhooks;

/// <summary>
/// <c>decision.effective</c> when a committee decision comes in force (at the justering, not when it is recorded) and
/// <c>contract.alert</c> with contract monitoring's alert, each once.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public sealed class WebhookDecisionAndContractTests
{
    private const string Present = "demo-ledamot-2514";
    private const string AlsoPresent = "demo-ledamot-2582";

    [Fact]
    public async Task Should_SendTheDecisionWithItsParagraphAndMeeting_When_TheMinutesAreJusteradNotBefore()
    {
        using var diarium = new WebhookReceiver().Start();
        using var host = new TaskHostFactory { ConfigureServices = With(10, To(diarium, "diarium", Secret, WebhookEventTypes.DecisionEffective)) };
        using var coordinator = host.CreateCoordinatorClient();
        host.Clock.Set(new DateTimeOffset(2034, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var instanceId = await StartDecisionWorkflowAsync(coordinator, "Beslut om upphandling av e-arkiv", "2034/1-2.2.0.1");
        var meeting = await CreateCommitteeMeetingAsync(coordinator, "2034-03-15");
        host.Clock.Set(new DateTimeOffset(2034, 3, 15, 12, 10, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/attendance",
            $$"""{"attendees":[{"participantId":"{{Present}}"},{"participantId":"{{AlsoPresent}}"}]}""")).ExpectAsync(HttpStatusCode.OK);
        var items = Agenda(await (await coordinator.GetAsync($"/api/meetings/{meeting}")).ExpectAsync(HttpStatusCode.OK));
        var matter = (string)items.Single(e => (string?)e!["caseNumber"] == "2034/1-2.2.0.1")!["id"]!;
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/decisions",
            $$"""{"decisions":[{"agendaItemId":"{{matter}}","outcome":"Approved","paragraph":"§ 5","note":"Nämnden beslutar att upphandla ett gemensamt e-arkiv."}]}"""))
            .ExpectAsync(HttpStatusCode.OK);
        await DispatchAsync(host.Services);
        // Recorded but not yet justerad: not in force, so nothing to tell.
        Assert.Empty(await MessagesAsync(host.Services));

        host.Clock.Set(new DateTimeOffset(2034, 3, 23, 9, 0, 0, TimeSpan.Zero));
        await (await coordinator.PostJsonAsync($"/api/meetings/{meeting}/justering",
            $$"""{"justeradAt":"2034-03-23","justerare":["{{Present}}","{{AlsoPresent}}"]}""")).ExpectAsync(HttpStatusCode.OK);
        var received = await Poll.UntilAsync(async () => { await DispatchAsync(host.Services); return diarium.All; }, r => r.Count > 0, TimeSpan.FromSeconds(30),
            _ => $"No event; the outbox holds {MessagesAsync(host.Services).Result.Count} webhook messages.", TimeSpan.FromMilliseconds(100));

        var effective = Assert.Single(received);
        Assert.True(WebhookReceiver.IsSigned(effective, Secret));
        var data = effective.Json["data"]!;
        Assert.Equal(
            ("2034/1-2.2.0.1", "Beslut om upphandling av e-arkiv", "§ 5", "Approved", "Nämnden beslutar att upphandla ett gemensamt e-arkiv."),
            ((string?)data["caseNumber"], (string?)data["matter"], (string?)data["paragraph"], (string?)data["outcome"], (string?)data["decisionText"]));
        Assert.Equal((meeting, "2034-03-15", false, "2034-03-23", "2034-03-23"),
            ((string?)data["meetingId"], (string?)data["meetingDate"], (bool)data["immediate"]!, (string?)data["justeradOn"], (string?)data["effectiveOn"]));
        Assert.Equal(instanceId, Assert.Single(await MessagesAsync(host.Services)).InstanceId);
    }

    [Fact]
    public async Task Should_SendEachContractAlertOnce_When_MonitoringAlertsTheOwner()
    {
        using var diarium = new WebhookReceiver().Start();
        using var host = new ContractsHostFactory { ConfigureServices = With(10, To(diarium, "diarium", Secret)) };
        await host.StartAsync();
        var contract = await host.AddContractAsync("E-tjänsteplattform", new DateOnly(2026, 8, 31));

        Assert.True(await host.RunMonitorAtAsync(new DateOnly(2025, 8, 31), new TimeOnly(7, 0)) > 0);
        Assert.Equal(0, await host.RunMonitorAtAsync(new DateOnly(2025, 8, 31), new TimeOnly(9, 0)));
        await DispatchAsync(host.Services);

        var alert = Assert.Single(diarium.OfType(WebhookEventTypes.ContractAlert));
        Assert.True(WebhookReceiver.IsSigned(alert, Secret));
        var data = alert.Json["data"]!;
        Assert.Equal(("deadline", contract.Id, "E-tjänsteplattform", "Leverantör AB", "2026-08-31", "2026-08-31", 12),
            ((string?)data["kind"], (string?)data["contractId"], (string?)data["contractName"], (string?)data["supplier"], (string?)data["endDate"], (string?)data["decisionDeadline"], (int)data["leadMonths"]!));
        Assert.Equal(alert.EventId, (string?)alert.Json["id"]);
    }
}
