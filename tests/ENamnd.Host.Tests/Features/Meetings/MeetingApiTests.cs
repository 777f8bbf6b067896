using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Tests.Features.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The meetings API on the real host (embedded default: demo people and this year's committee meetings seeded).</summary>
public sealed class MeetingApiTests : IClassFixture<TaskHostFactory>
{
    private readonly TaskHostFactory host;
    private readonly HttpClient coordinator;

    public MeetingApiTests(TaskHostFactory host)
    {
        this.host = host;
        coordinator = host.CreateCoordinatorClient();
    }

    [Fact]
    public async Task Should_ListThisYearsSeededMeetings_When_FilteredByBodyAndPeriod()
    {
        var year = Year;

        var listed = (await (await coordinator.GetAsync($"/api/meetings?body=Nämnd&from={year}-01-01&to={year}-12-31")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        // Other tests of this class add meetings of their own; the seeds are the ones with seed ids.
        var seeded = listed.Where(m => ((string)m!["id"]!).StartsWith(MeetingSeeder.IdPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(MeetingSeeder.Read(year).Select(s => s.Id), seeded.Select(m => (string)m!["id"]!));
        Assert.All(listed, m => Assert.StartsWith($"{year}-", (string)m!["date"]!, StringComparison.Ordinal));
        Assert.Equal($"{year}-03", ((string)seeded[0]!["date"]!)[..7]);
        Assert.Equal($"{(string)seeded[0]!["date"]!}T13:00:00+01:00", seeded[0]!["startsAt"]!.ToString());
        await (await coordinator.GetAsync("/api/meetings?from=16-03-2022")).ExpectInvalidAsync("Filtret är ogiltigt.");
    }

    [Fact]
    public async Task Should_CreateChangeAndCancel_When_Posted()
    {
        var date = Upcoming(40);
        var created = await (await coordinator.PostJsonAsync("/api/meetings",
            $$"""{"body":"Nämnd","date":"{{date}}","start":"13:00","end":"15:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!;

        var same = await (await coordinator.PutJsonAsync($"/api/meetings/{id}",
            $$"""{"body":"Nämnd","date":"{{date}}","start":"13:00","end":"15:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.OK);
        var moved = await (await coordinator.PutJsonAsync($"/api/meetings/{id}",
            $$"""{"body":"Nämnd","date":"{{date}}","start":"09:00","end":"11:30","location":"Teams","onlineLink":"https://teams.example.org/m/1"}""")).ExpectAsync(HttpStatusCode.OK);
        var cancelled = await (await coordinator.PostJsonAsync($"/api/meetings/{id}/cancel", """{"reason":"Inga ärenden"}""")).ExpectAsync(HttpStatusCode.OK);
        await (await coordinator.PutJsonAsync($"/api/meetings/{id}",
            $$"""{"body":"Nämnd","date":"{{date}}","start":"10:00","end":"11:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.Conflict);
        await (await coordinator.PostJsonAsync($"/api/meetings/{id}/cancel", "{}")).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Equal((0, 0, 1, 2), ((int)created["sequence"]!, (int)same["sequence"]!, (int)moved["sequence"]!, (int)cancelled["sequence"]!));
        Assert.Equal(("09:00", "https://teams.example.org/m/1"), ((string)moved["start"]!, (string)moved["onlineLink"]!));
        Assert.Equal(("Cancelled", "Inga ärenden"), ((string)cancelled["status"]!, (string)cancelled["cancelReason"]!));
    }

    [Fact]
    public async Task Should_ShowAgendaAndMembers_When_Read()
    {
        var march = MeetingSeeder.Read(Year)[0].Id;

        var detail = await (await coordinator.GetAsync($"/api/meetings/{march}")).ExpectAsync(HttpStatusCode.OK);

        var agenda = detail["agenda"]!.AsArray().Select(e => (string)e!["title"]!).ToList();
        Assert.Equal(["Ekonomisk information", $"Verksamhetsberättelse {Year - 1} med måluppföljning"], agenda);
        var members = detail["members"]!.AsArray();
        Assert.Equal(14, members.Count(m => (string)m!["role"]! == "ledamot"));
        Assert.Equal(14, members.Count(m => (bool)m!["substitute"]!));
        Assert.Contains(members, m => (string)m!["role"]! == "sekreterare");
        await (await coordinator.GetAsync("/api/meetings/no-such-meeting")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_RecordAttendanceAndCountIt_When_MunicipalityAndRoleOrIdGiven()
    {
        // A meeting already held, in a month without seeded meetings or fixed items of the year, so the count is its alone
        // and it takes no fixed item from a seeded meeting.
        var held = Enumerable.Range(30, 120).Select(days => Upcoming(-days)).First(date => int.Parse(date[5..7], CultureInfo.InvariantCulture) is 1 or 2 or 4 or 5 or 7 or 8 or 11);
        var id = (string)(await (await coordinator.PostJsonAsync("/api/meetings",
            $$"""{"body":"Nämnd","date":"{{held}}","start":"13:00","end":"15:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var recorded = await (await coordinator.PostJsonAsync($"/api/meetings/{id}/attendance",
            """{"attendees":[{"municipality":"Kalix","role":"ledamot"},{"participantId":"demo-ersattare-2582"},{"municipality":"Luleå","role":"ersättare"}]}"""))
            .ExpectAsync(HttpStatusCode.OK);
        var calendar = host.Services.GetRequiredService<MeetingCalendar>();

        var day = DateOnly.ParseExact(held, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var attendance = await calendar.AttendanceAsync(MeetingBody.Namnd, day, day);

        Assert.Equal(3, recorded.AsArray().Count);
        Assert.Equal(new MeetingAttendanceSummary(1, 14, 3), attendance);
        var detail = await (await coordinator.GetAsync($"/api/meetings/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["demo-ersattare-2580", "demo-ersattare-2582", "demo-ledamot-2514"],
            detail["attendance"]!.AsArray().Select(a => (string)a!["participantId"]!).Order(StringComparer.Ordinal));
        // Roles read as the participants API writes them, in the answer and when read again.
        Assert.Equal(["ersättare", "ersättare", "ledamot"], recorded.AsArray().Select(a => (string)a!["role"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["ersättare", "ersättare", "ledamot"], detail["attendance"]!.AsArray().Select(a => (string)a!["role"]!).Order(StringComparer.Ordinal));
        await (await coordinator.PostJsonAsync($"/api/meetings/{id}/attendance", """{"attendees":[{"municipality":"Atlantis","role":"ledamot"}]}"""))
            .ExpectInvalidAsync("Närvaron är ogiltig.");
    }

    [Theory]
    [InlineData("""{"body":"Styrelse","date":"2022-03-16","start":"13:00","end":"15:00","location":"Teams"}""", "body måste vara")]
    [InlineData("""{"body":"Nämnd","date":"2022-02-30","start":"13:00","end":"15:00","location":"Teams"}""", "date måste vara")]
    [InlineData("""{"body":"Nämnd","date":"2022-03-16","start":"15:00","end":"13:00","location":"Teams"}""", "end måste vara senare")]
    [InlineData("""{"body":"Nämnd","date":"2022-03-27","start":"02:30","end":"03:30","location":"Teams"}""", "finns inte i svensk tid")]
    [InlineData("""{"body":"Nämnd","date":"2022-03-16","start":"13:00","end":"15:00","location":" "}""", "location")]
    [InlineData("""{"body":"Nämnd","date":"2022-03-16","start":"13:00","end":"15:00","location":"Teams","onlineLink":"javascript:alert(1)"}""", "https-adress")]
    public async Task Should_Answer400InSwedishAndSaveNothing_When_MeetingIsInvalid(string json, string error)
    {
        var before = (await (await coordinator.GetAsync("/api/meetings")).ExpectAsync(HttpStatusCode.OK)).AsArray().Count;

        var response = await coordinator.PostJsonAsync("/api/meetings", json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors(), e => e.Contains(error, StringComparison.Ordinal));
        Assert.Equal(before, (await (await coordinator.GetAsync("/api/meetings")).ExpectAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task Should_RequireTheCoordinator_When_Anonymous()
    {
        using var anonymous = host.CreateClient();

        var response = await anonymous.GetAsync("/api/meetings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_RegisterTheReminderJob_When_HostStarts()
    {
        var triggered = await (await coordinator.PostAsync("/api/jobs/meeting-reminders/trigger", null)).ExpectAsync(HttpStatusCode.Accepted);

        Assert.Equal("meeting-reminders", (string)triggered["jobId"]!);
    }

    /// <summary>A Stockholm date <paramref name="days"/> after the host's clock.</summary>
    internal static string Upcoming(TaskHostFactory host, int days) =>
        StockholmTime.DateOf(host.Clock.GetUtcNow()).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Upcoming(int days) => Upcoming(host, days);

    // The year of the host's clock, Stockholm time: the year whose meetings are seeded.
    private int Year => StockholmTime.DateOf(host.Clock.GetUtcNow()).Year;

    internal static async Task<string> StartDecisionWorkflowAsync(HttpClient coordinator, string matter, string caseNumber, bool tableAgain = false)
    {
        var definitionId = $"committee-{Guid.NewGuid():N}";
        await (await coordinator.PostAsJsonAsync("/api/definitions", CommitteeDecisionDefinition.Create(definitionId, matter, tableAgain))).ExpectAsync(HttpStatusCode.Created);
        var started = await (await coordinator.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseNumber })).ExpectAsync(HttpStatusCode.Created);
        return (string)started["id"]!;
    }

    internal static JsonArray Agenda(JsonNode meeting) => meeting["agenda"]!.AsArray();

    /// <summary>Plans a committee meeting on <paramref name="date"/>, 13–15 on Teams; returns its id.</summary>
    internal static async Task<string> CreateCommitteeMeetingAsync(HttpClient coordinator, string date)
    {
        var created = await (await coordinator.PostJsonAsync("/api/meetings",
            $$"""{"body":"Nämnd","date":"{{date}}","start":"13:00","end":"15:00","location":"Teams"}""")).ExpectAsync(HttpStatusCode.Created);
        return (string)created["id"]!;
    }
}
