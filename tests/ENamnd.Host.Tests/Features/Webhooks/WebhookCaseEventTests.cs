using System.Net;
using System.Net.Http.Json;
using ENamnd.Activities.Decisions;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Host.Tests.Features.Cases;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.TestSupport;
using static ENamnd.Host.Tests.Features.Webhooks.WebhookSetup;

namespace ENamnd.Host.Tests.Features.Webhooks;

/// <summary>A case's events as a subscriber on 127.0.0.1 receives them: signed, with stable ids, filtered per subscriber.</summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public sealed class WebhookCaseEventTests
{
    [Fact]
    public async Task Should_SendSignedCaseEventsToEachSubscriberAsItsFilterSays_When_ACaseStartsMovesOnAndStops()
    {
        using var diarium = new WebhookReceiver().Start();
        using var economy = new WebhookReceiver().Start();
        using var host = new TaskHostFactory
        {
            ConfigureServices = With(10, To(diarium, "diarium", Secret), To(economy, "ekonomi", OtherSecret, WebhookEventTypes.CaseEnded)),
        };
        using var coordinator = host.CreateCoordinatorClient();
        var driver = new CaseDriver(coordinator, host.CreateParticipantClient(), host.MailDirectory, TaskHostFactory.PublicBaseUrl, () => DispatchAsync(host.Services));

        var caseId = await driver.StartCaseIntoPreStudyAsync();
        await driver.AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, t => IdeaToManagementScenario.Is(t, "Kiruna") ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await Poll.UntilAsync(async () => { await DispatchAsync(host.Services); return economy.All.Count + diarium.All.Count; }, n => n >= 5, TimeSpan.FromSeconds(30),
            n => $"{n} events received: {string.Join(", ", diarium.All.Select(r => r.Event))}", TimeSpan.FromMilliseconds(100));

        var started = Assert.Single(diarium.OfType(WebhookEventTypes.CaseStarted)).Json;
        Assert.Equal(WebhookEvents.IdOf(WebhookEventTypes.CaseStarted, caseId), (string?)started["id"]);
        Assert.Equal(("2022/7-2.2.0.1", "Digital signering", caseId), ((string?)started["data"]!["caseNumber"], (string?)started["data"]!["title"], (string?)started["data"]!["caseId"]));
        Assert.Equal(["2584", "2523"], started["data"]!["initiatingMunicipalities"]!.AsArray().Select(m => (string)m!));
        var phases = diarium.OfType(WebhookEventTypes.CasePhaseChanged).Select(r => r.Json["data"]!).OrderBy(d => d["previousPhase"] is null ? 0 : 1).ToList();
        Assert.Equal([("KvalificeringAvIde", "Kvalificering av idé", null), ("Forstudie", "Förstudie", "KvalificeringAvIde")],
            phases.Select(d => ((string?)d["phaseId"], (string?)d["phase"], (string?)d["previousPhaseId"])));
        var ended = Assert.Single(diarium.OfType(WebhookEventTypes.CaseEnded)).Json;
        Assert.Equal(("Finished", "Stoppad i förstudie: för få kommuner vill delta", "Förstudie"),
            ((string?)ended["data"]!["status"], (string?)ended["data"]!["result"], (string?)ended["data"]!["phase"]));
        // The other subscriber asked only for the end, and gets it with the same id, signed with its own secret.
        var endedThere = Assert.Single(economy.All);
        Assert.Equal((WebhookEventTypes.CaseEnded, (string?)ended["id"]), (endedThere.Event, endedThere.EventId));
        Assert.True(WebhookReceiver.IsSigned(endedThere, OtherSecret));
        Assert.False(WebhookReceiver.IsSigned(endedThere, Secret));

        var now = host.Clock.GetUtcNow();
        foreach (var received in diarium.All)
        {
            var body = received.Json;
            Assert.True(WebhookReceiver.IsSigned(received, Secret), received.Body);
            Assert.Equal((received.Event, received.EventId), ((string?)body["type"], (string?)body["id"]));
            Assert.Equal(now.ToUnixTimeSeconds(), received.Timestamp);
            Assert.Equal(now.UtcDateTime, DateTime.Parse((string)body["occurredAt"]!, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), TimeSpan.FromSeconds(1));
            Assert.EndsWith("Z", (string)body["occurredAt"]!, StringComparison.Ordinal);
        }
        Assert.Equal(diarium.All.Count, diarium.All.Select(r => r.EventId).Distinct().Count());
        Assert.DoesNotContain(Secret, host.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherSecret, host.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_RetryWithTheSameEventIdUntilTheSubscriberIsUp_When_ItRefusesConnectionsAndThenAnswers500()
    {
        using var diarium = new WebhookReceiver();
        using var host = new TaskHostFactory { ConfigureServices = With(10, To(diarium, "diarium", Secret, WebhookEventTypes.CaseStarted)) };
        using var coordinator = host.CreateCoordinatorClient();
        var created = await (await coordinator.PostAsJsonAsync("/api/cases",
            new { title = "E-arkiv", caseNumber = "2022/8-2.2.0.1", initiatingMunicipalities = new[] { "Luleå", "Boden" } })).ExpectAsync(HttpStatusCode.Created);
        var eventId = WebhookEvents.IdOf(WebhookEventTypes.CaseStarted, (string)created["id"]!);

        // Down: nothing listens, so the connection is refused and the message waits for its next attempt.
        var refused = await Poll.UntilAsync(async () => { await DispatchAsync(host.Services); return Assert.Single(await MessagesAsync(host.Services)); },
            m => m.Attempts == 1, TimeSpan.FromSeconds(30), m => $"{m.Attempts} attempts", TimeSpan.FromMilliseconds(100));
        Assert.Null(refused.SentAt);
        Assert.True(refused.NextAttemptAt > host.Clock.GetUtcNow());
        Assert.Contains(eventId, refused.Id, StringComparison.Ordinal);

        // Up but failing: a 500 counts as a failed attempt too.
        diarium.Status = HttpStatusCode.InternalServerError;
        diarium.Start();
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        await DispatchAsync(host.Services);
        Assert.Equal(2, Assert.Single(await MessagesAsync(host.Services)).Attempts);

        diarium.Status = HttpStatusCode.OK;
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        await DispatchAsync(host.Services);

        Assert.NotNull(Assert.Single(await MessagesAsync(host.Services)).SentAt);
        Assert.Equal([eventId, eventId], diarium.All.Select(r => r.EventId));
        Assert.All(diarium.All, r => Assert.True(WebhookReceiver.IsSigned(r, Secret)));
        Assert.Equal(diarium.All[0].Body, diarium.All[1].Body);
        Assert.DoesNotContain(Secret, host.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_GiveUpWithAnError_When_TheSubscriberFailsAsManyTimesAsConfigured()
    {
        using var diarium = new WebhookReceiver { Status = HttpStatusCode.BadGateway }.Start();
        using var host = new TaskHostFactory { ConfigureServices = With(2, To(diarium, "diarium", Secret, WebhookEventTypes.CaseStarted)) };
        using var coordinator = host.CreateCoordinatorClient();
        await (await coordinator.PostAsJsonAsync("/api/cases",
            new { title = "E-arkiv", caseNumber = "2022/9-2.2.0.1", initiatingMunicipalities = new[] { "Luleå", "Boden" } })).ExpectAsync(HttpStatusCode.Created);

        await Poll.UntilAsync(async () => { await DispatchAsync(host.Services); return diarium.All.Count; }, n => n == 1, TimeSpan.FromSeconds(30), n => $"{n} attempts", TimeSpan.FromMilliseconds(100));
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        await DispatchAsync(host.Services);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await DispatchAsync(host.Services);

        var message = Assert.Single(await MessagesAsync(host.Services));
        Assert.Equal((2, 2), (message.Attempts, diarium.All.Count));
        Assert.NotNull(message.FailedAt);
        Assert.Contains("diarium svarade 502", message.LastError, StringComparison.Ordinal);
        Assert.Contains(host.LogText.Split('\n'), l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains(message.Id, StringComparison.Ordinal) && l.Contains("failed at attempt 2 and is given up", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, host.LogText, StringComparison.Ordinal);
    }
}
