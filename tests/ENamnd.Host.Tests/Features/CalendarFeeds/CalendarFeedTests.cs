using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.CalendarFeeds;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Host.Tests.Infrastructure.Logging;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace ENamnd.Host.Tests.Features.CalendarFeeds;

public sealed class CalendarFeedTests : IAsyncLifetime
{
    private static readonly int Year = DateTime.UtcNow.Year + 1;
    private readonly InMemorySink sink = new();
    private TestHostFactory factory = null!;
    private HttpClient api = null!;
    private HttpClient anonymous = null!;

    public Task InitializeAsync()
    {
        factory = new TestHostFactory { ConfigureServices = s => s.AddSingleton<ILogEventSink>(sink) };
        api = factory.CreateCoordinatorClient();
        anonymous = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        anonymous.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Should_ListTheirMeetingsAndOpenTaskDeadlinesOnly_When_AParticipantFetchesTheirFeed()
    {
        var anna = await PersonAsync("Anna Kalender", "anna.kalender@example.org", "beredningsgrupp");
        var other = await PersonAsync("Bo Annan", "bo.annan@example.org", "beredningsgrupp");
        var preparation = await MeetingAsync("beredningsgrupp", $"{Year}-02-10");
        var committee = await MeetingAsync("nämnd", $"{Year}-03-17");
        await TaskAsync("kal-open", anna, HumanTaskStatus.Open);
        await TaskAsync("kal-closed", anna, HumanTaskStatus.Decided);
        await TaskAsync("kal-other", other, HumanTaskStatus.Open);
        var url = await RenewAsync(anna);

        var first = await anonymous.GetAsync(new Uri(url).AbsolutePath);
        var text = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Contains("private", first.Headers.CacheControl!.ToString());
        var calendar = Calendar.Load(text)!;
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("Norrbottens e-nämnd – Anna Kalender", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("Europe/Stockholm", calendar.Properties["X-WR-TIMEZONE"]!.Value);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", text);
        Assert.Equal("Europe/Stockholm", Assert.Single(calendar.TimeZones).TzId);
        var uids = calendar.Events.Select(e => e.Uid).ToList();
        Assert.Contains($"{preparation}@enamnd", uids);
        Assert.DoesNotContain($"{committee}@enamnd", uids);
        Assert.Contains(CalendarFeedUids.Task("kal-open"), uids);
        Assert.DoesNotContain(CalendarFeedUids.Task("kal-closed"), uids);
        Assert.DoesNotContain(CalendarFeedUids.Task("kal-other"), uids);
        var deadline = calendar.Events.Single(e => e.Uid == CalendarFeedUids.Task("kal-open"));
        Assert.Equal("Svara senast: Uppgift kal-open", deadline.Summary);
        Assert.Contains("2026/14-2.2.0.1", deadline.Description);
        Assert.DoesNotContain("/tasks/", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        // Fetched again: the same events under the same UIDs, and a client holding them gets 304.
        var again = Calendar.Load(await anonymous.GetStringAsync(new Uri(url).AbsolutePath))!;
        Assert.Equal(uids, again.Events.Select(e => e.Uid).ToList());
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(url).AbsolutePath);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task Should_AddContractAndFollowUpDeadlines_When_TheFeedIsTheCoordinators()
    {
        var coordinator = await PersonAsync("Eva Samordnare", "eva.samordnare@example.org", "e-samordnare");
        var participant = await PersonAsync("Pia Deltagare", "pia.deltagare@example.org", "beredningsgrupp");
        var contract = await api.PostAsJsonAsync("/api/contracts", new
        {
            name = "E-tjänsteplattform", supplier = "Leverantör AB", kind = "GemensamtAvtal", startDate = "2024-01-01", endDate = $"{Year + 1}-12-31",
            noticePeriodMonths = 6, owner = "roll:samordnare", municipalities = new[] { "Luleå", "Boden" },
        });
        contract.EnsureSuccessStatusCode();
        var contractId = (string)(await contract.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        await WriteAsync(db => db.Add(new TertialFollowUpRow
        {
            Id = $"plan-{Year}-T1", PlanId = "plan", Year = Year, Tertial = 1, InstanceId = "i", StartedAt = DateTimeOffset.UtcNow, DueAt = DateTimeOffset.UtcNow.AddDays(21),
        }));

        var mine = Calendar.Load(await anonymous.GetStringAsync(new Uri(await RenewAsync(coordinator)).AbsolutePath))!;
        var theirs = Calendar.Load(await anonymous.GetStringAsync(new Uri(await RenewAsync(participant)).AbsolutePath))!;

        var notice = mine.Events.Single(e => e.Uid == CalendarFeedUids.Contract(contractId));
        Assert.Equal(new DateOnly(Year + 1, 6, 30), DateOnly.FromDateTime(notice.DtStart!.Value));
        Assert.False(notice.DtStart.HasTime);
        Assert.Contains(mine.Events, e => e.Uid == CalendarFeedUids.FollowUp($"plan-{Year}-T1"));
        Assert.DoesNotContain(theirs.Events, e => e.Uid == CalendarFeedUids.Contract(contractId) || e.Uid == CalendarFeedUids.FollowUp($"plan-{Year}-T1"));
    }

    [Fact]
    public async Task Should_Answer404Alike_When_TheTokenIsUnknownRenewedOrRevoked()
    {
        var anna = await PersonAsync("Anna Kalender", "anna.kalender@example.org", "beredningsgrupp");
        var old = new Uri(await RenewAsync(anna)).AbsolutePath;
        var renewed = new Uri(await RenewAsync(anna)).AbsolutePath;

        Assert.NotEqual(old, renewed);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(renewed)).StatusCode);
        var token = renewed["/kalender/".Length..^".ics".Length];
        var row = await ReadAsync(db => db.Set<CalendarFeedRow>().SingleAsync(r => r.ParticipantId == anna));
        Assert.Equal(CalendarFeedTokens.HashOf(token), row.TokenHash);
        Assert.NotEqual(token, row.TokenHash);
        Assert.Equal(2, row.Generation);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/calendar-feeds/{anna}")).StatusCode);
        var revoked = await anonymous.GetAsync(renewed);
        var unknown = await anonymous.GetAsync($"/kalender/{new string('A', 43)}.ics");
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await revoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/calendar-feeds/okand-person", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/calendar-feeds/{anna}", null)).StatusCode);

        Assert.DoesNotContain(token, sink.Text);
        Assert.Contains(sink.Events, e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/kalender/{token}.ics\"");
    }

    [Fact]
    public async Task Should_ShowTheFeedAddress_When_TheParticipantOpensTheCalendarPageOfTheirTask()
    {
        var anna = await PersonAsync("Anna Kalender", "anna.kalender@example.org", "beredningsgrupp");
        await TaskAsync("kal-page", anna, HumanTaskStatus.Open);
        var token = factory.Services.GetRequiredService<TaskTokens>().TokenFor("kal-page");
        var page = TaskPaths.Calendar("kal-page", token);
        using var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Contains("Skapa min kalenderadress", await browser.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(TaskPaths.Calendar("kal-page", "fel"))).StatusCode);
        var created = await browser.PostAsync($"/tasks/kal-page/kalender", new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = token }));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var shown = await browser.GetStringAsync(created.Headers.Location!.ToString());

        var feedToken = await ReadAsync(db => db.Set<CalendarFeedRow>().SingleAsync(r => r.ParticipantId == anna));
        var address = factory.Services.GetRequiredService<CalendarFeedLinks>().UrlOf(factory.Services.GetRequiredService<CalendarFeedTokens>().TokenFor(anna, feedToken.Generation));
        Assert.Contains(address, shown);
        Assert.Contains("Google Kalender", shown);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(address).AbsolutePath)).StatusCode);
        Assert.Contains("Prenumerera på din kalender", await browser.GetStringAsync(TaskPaths.Page("kal-page") + "?t=" + Uri.EscapeDataString(token)));
    }

    [Fact]
    public async Task Should_RefuseTheCalendarPageAsAnUnknownLink_When_TheAnsweredTasksLinkHasExpired()
    {
        // The task host's clock is the one the tests move; an answered task reads as AlreadyDecided whatever its expiry.
        using var host = new TaskHostFactory();
        using var coordinator = host.CreateCoordinatorClient();
        using var browser = host.CreateParticipantClient();
        var response = await coordinator.PostAsJsonAsync("/api/participants", new { name = "Anna Kalender", email = "anna.kalender@example.org", municipality = "Kalix", roles = new[] { new { role = "beredningsgrupp" } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var anna = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var token = host.Services.GetRequiredService<TaskTokens>().TokenFor("kal-expired");
        var now = host.Clock.GetUtcNow();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync())
        {
            db.Add(new TaskRow
            {
                Id = "kal-expired", InstanceId = "i-kal-expired", BookmarkId = "b-kal-expired", CaseNumber = "2026/14-2.2.0.1", Kind = "approval",
                Title = "Uppgift kal-expired", Question = "Godkänner du?", RecipientEmail = "anna.kalender@example.org", ParticipantId = anna,
                DueAt = now.AddDays(10), ExpiresAt = now.AddDays(60), OpenedAt = now, ClosedAt = now, Status = HumanTaskStatus.Decided, Outcome = "approve",
                TokenHash = TaskTokens.HashOf(token),
            });
            await db.SaveChangesAsync();
        }
        Task<HttpResponseMessage> Post(string t) => browser.PostAsync("/tasks/kal-expired/kalender", new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = t }));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(TaskPaths.Calendar("kal-expired", token))).StatusCode);

        host.Clock.Advance(TimeSpan.FromDays(60) + TimeSpan.FromMinutes(1));
        using var shown = await browser.GetAsync(TaskPaths.Calendar("kal-expired", token));
        using var unknownShown = await browser.GetAsync(TaskPaths.Calendar("kal-expired", "fel"));
        using var posted = await Post(token);
        using var unknownPosted = await Post("fel");

        Assert.Equal(HttpStatusCode.NotFound, unknownShown.StatusCode);
        Assert.Equal(unknownShown.StatusCode, shown.StatusCode);
        Assert.Equal(await unknownShown.Content.ReadAsStringAsync(), await shown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownPosted.StatusCode);
        Assert.Equal(unknownPosted.StatusCode, posted.StatusCode);
        Assert.Equal(await unknownPosted.Content.ReadAsStringAsync(), await posted.Content.ReadAsStringAsync());
        await using var check = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        Assert.False(await check.Set<CalendarFeedRow>().AnyAsync(r => r.ParticipantId == anna));
    }

    [Fact]
    public async Task Should_RenewBoth_When_TwoFirstRenewalsOfAPersonRunAtOnce()
    {
        var anna = await PersonAsync("Anna Kalender", "anna.kalender@example.org", "beredningsgrupp");
        // Both renewals read "no feed yet" before either saves, so both insert the row and the primary key refuses one.
        var rendezvous = new SaveRendezvous(parties: 2);
        var contexts = new PooledDbContextFactory<ENamndDbContext>(new DbContextOptionsBuilder<ENamndDbContext>()
            .UseSqlite(factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString).AddInterceptors(rendezvous).Options);
        var tokens = factory.Services.GetRequiredService<CalendarFeedTokens>();
        var store = new CalendarFeedStore(contexts, tokens, TimeProvider.System);

        var renewed = await Task.WhenAll(Task.Run(() => store.RenewAsync(anna, CancellationToken.None)), Task.Run(() => store.RenewAsync(anna, CancellationToken.None)));

        Assert.Equal(3, rendezvous.Arrived);
        var row = await ReadAsync(db => db.Set<CalendarFeedRow>().SingleAsync(r => r.ParticipantId == anna));
        Assert.Equal(2, row.Generation);
        // Each caller gets its own generation's token; only the later one opens the feed.
        Assert.Equal(new[] { tokens.TokenFor(anna, 1), tokens.TokenFor(anna, 2) }.Order(StringComparer.Ordinal), renewed.Order(StringComparer.Ordinal));
        Assert.Equal(anna, await store.FindParticipantAsync(tokens.TokenFor(anna, 2), CancellationToken.None));
        Assert.Null(await store.FindParticipantAsync(tokens.TokenFor(anna, 1), CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/kalender/{tokens.TokenFor(anna, 2)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kalender/{tokens.TokenFor(anna, 1)}.ics")).StatusCode);
    }

    private async Task<string> PersonAsync(string name, string email, string role)
    {
        // A representative in the preparation group represents a municipality.
        var response = await api.PostAsJsonAsync("/api/participants", new { name, email, municipality = role == "beredningsgrupp" ? "Kalix" : null, roles = new[] { new { role } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private async Task<string> MeetingAsync(string body, string date)
    {
        var response = await api.PostAsJsonAsync("/api/meetings", new { body, date, start = "13:00", end = "15:00", location = "Teams" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private async Task<string> RenewAsync(string personId)
    {
        var response = await api.PostAsync($"/api/calendar-feeds/{personId}", null);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!;
    }

    private Task TaskAsync(string id, string participantId, HumanTaskStatus status) => WriteAsync(db => db.Add(new TaskRow
    {
        Id = id, InstanceId = $"i-{id}", BookmarkId = $"b-{id}", CaseNumber = "2026/14-2.2.0.1", Kind = "approval", Title = $"Uppgift {id}",
        Question = "Godkänner du?", RecipientEmail = $"{id}@example.org", ParticipantId = participantId, DueAt = DateTimeOffset.UtcNow.AddDays(10),
        ExpiresAt = DateTimeOffset.UtcNow.AddDays(60), OpenedAt = DateTimeOffset.UtcNow, Status = status,
        TokenHash = TaskTokens.HashOf(factory.Services.GetRequiredService<TaskTokens>().TokenFor(id)),
    }));

    private async Task WriteAsync(Action<ENamndDbContext> change)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        change(db);
        await db.SaveChangesAsync();
    }

    private async Task<T> ReadAsync<T>(Func<ENamndDbContext, Task<T>> read)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    // Holds each save until the given number of saves have arrived; later saves (a retry) pass at once.
    private sealed class SaveRendezvous(int parties) : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public int Arrived => Volatile.Read(ref arrived);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var order = Interlocked.Increment(ref arrived);
            if (order == parties) all.TrySetResult();
            if (order <= parties) await all.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }
}
