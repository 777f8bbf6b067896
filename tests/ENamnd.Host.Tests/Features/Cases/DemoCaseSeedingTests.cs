using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// The embedded default's living demo: at the first start this year's committee meetings and plan are there, and three demo
/// cases are started and driven in the background through the real workflows, answered by the demo people.
/// </summary>
public sealed class DemoCaseSeedingTests
{
    [Fact]
    [Trait(TestCategories.Key, TestCategories.Scenario)]
    public async Task Should_SeedThreeCasesInThreePhasesAndThisYearsMeetingsAndPlan_When_TheEmbeddedDefaultStartsFirst()
    {
        using var host = new DemoHostFactory();
        using var api = host.CreateCoordinatorClient();
        await DemoHostFactory.SeededAsync(host);
        var year = host.Year;

        var cases = (await (await api.GetAsync("/api/cases")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(DemoCases.For(year).Select(d => d.CaseNumber).Order(), cases.Select(c => (string)c!["caseNumber"]!).Order());
        Assert.All(cases, c => Assert.Equal("Running", (string?)c!["status"]));
        var fresh = await CaseAsync(api, $"{year}/18-2.2.0.1");
        var preStudy = await CaseAsync(api, $"{year}/11-2.2.0.1");
        var project = await CaseAsync(api, $"{year}/3-2.2.0.1");
        Assert.Equal(("Kvalificering av idé", "Förstudie", "Utvecklingsprojekt"), (Phase(fresh), Phase(preStudy), Phase(project)));
        // Freshly started: the coordinator's needs analysis; in the pre-study: the agreement of the six interested in the idea;
        // in the project: the steering group's approval of the plan (the coordinator while the case has none).
        Assert.Equal([AssignTask.TaskKind], OpenKinds(fresh));
        Assert.Equal(Enumerable.Repeat(CollectMunicipalDecisions.TaskKind, 6), OpenKinds(preStudy));
        Assert.Equal([ApprovalOutcomes.TaskKind], OpenKinds(project));
        Assert.Empty(Decisions(fresh));
        Assert.Equal(7, project["participants"]!.AsArray().Count);
        Assert.Contains(Decisions(project), d => (string?)d["kind"] == AwaitCommitteeDecision.TaskKind && (string?)d["outcome"] == AwaitCommitteeDecision.Approved);
        Assert.Contains(project["commitments"]!.AsArray(), c => (string?)c!["phase"] == "Förstudie" && (string?)c["status"] == "Committed");

        // Every answer went through the task service on the demo channel, for a demo person.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync())
        {
            var decisions = await db.Decisions.AsNoTracking().ToListAsync();
            Assert.Equal(Decisions(preStudy).Count + Decisions(project).Count, decisions.Count);
            Assert.All(decisions, d => Assert.Equal(TaskChannels.Demo, d.Channel));
            Assert.All(decisions, d => Assert.EndsWith("@example.org", d.DecidedBy, StringComparison.Ordinal));
        }
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.NotEmpty(Directory.EnumerateFiles(host.MailDirectory, "*.eml"));

        var meetings = (await (await api.GetAsync($"/api/meetings?body=Nämnd&from={year}-01-01&to={year}-12-31")).ExpectAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(MeetingSeeder.Read(year).Select(m => m.Id), meetings.Select(m => (string)m!["id"]!));
        var plan = Assert.Single((await (await api.GetAsync("/api/plans")).ExpectAsync(HttpStatusCode.OK)).AsArray());
        Assert.Equal((year, $"Verksamhetsplan {year}"), ((int)plan!["year"]!, (string?)plan["title"]));
    }

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Scenario)]
    public async Task Should_SeedNothingMore_When_StartedAgain()
    {
        using var host = new DemoHostFactory();
        await DemoHostFactory.SeededAsync(host);
        var before = await TotalsAsync(host);

        using var restarted = host.WithWebHostBuilder(_ => { });
        await DemoHostFactory.SeededAsync(restarted);

        Assert.Equal((3, 4, 1), (before.Cases, before.Meetings, before.Plans));
        Assert.Equal(before, await TotalsAsync(restarted));
    }

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Scenario)]
    public async Task Should_DriveOnWithoutASecondCopy_When_TheFirstStartStoppedMidway()
    {
        // As if the first start had started the furthest case and stopped before driving it or starting the others.
        using var host = new DemoHostFactory(b => b.UseSetting("Demo:SeedCases", "false"));
        var project = DemoCases.For(host.Year)[0];
        Assert.Equal(CommandStatus.Done, (await host.Services.GetRequiredService<CaseService>().CreateAsync(project.Request, CancellationToken.None)).Status);

        using var restarted = host.WithWebHostBuilder(b => b.UseSetting("Demo:SeedCases", "true"));
        await DemoHostFactory.SeededAsync(restarted);
        using var api = restarted.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("ApiKey", DemoHostFactory.ApiKey);

        var cases = (await (await api.GetAsync("/api/cases")).ExpectAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(3, cases.Count);
        Assert.Equal("Utvecklingsprojekt", Phase(await CaseAsync(api, project.CaseNumber)));
    }

    [Fact]
    public async Task Should_SeedNoCase_When_SeedCasesIsFalse()
    {
        using var host = new DemoHostFactory(b => b.UseSetting("Demo:SeedCases", "false"));
        using var api = host.CreateCoordinatorClient();
        await DemoHostFactory.SeededAsync(host);

        Assert.Empty((await (await api.GetAsync("/api/cases")).ExpectAsync(HttpStatusCode.OK)).AsArray());
        Assert.Equal(4, (await (await api.GetAsync($"/api/meetings?body=Nämnd&from={host.Year}-01-01&to={host.Year}-12-31")).ExpectAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task Should_SeedNoCase_When_TheDirectoryHasNoDemoPeople()
    {
        // Without the demo people the cases' tasks would have nobody to go to, or a real person.
        using var host = new DemoHostFactory(b => b.UseSetting("Demo:SeedParticipants", "false"));
        using var api = host.CreateCoordinatorClient();
        await DemoHostFactory.SeededAsync(host);

        Assert.Empty((await (await api.GetAsync("/api/cases")).ExpectAsync(HttpStatusCode.OK)).AsArray());
    }

    private static async Task<JsonObject> CaseAsync(HttpClient api, string caseNumber) =>
        (await (await api.GetAsync($"/api/cases/{Uri.EscapeDataString(caseNumber)}")).ExpectAsync(HttpStatusCode.OK)).AsObject();

    private static string? Phase(JsonObject details) => (string?)details["phase"];

    private static List<string> OpenKinds(JsonObject details) => [.. details["openTasks"]!.AsArray().Select(t => (string)t!["kind"]!)];

    private static List<JsonObject> Decisions(JsonObject details) => [.. details["decisions"]!.AsArray().Select(d => d!.AsObject())];

    private static async Task<(int Cases, int Meetings, int Plans, int Tasks, int Decisions, int Instances)> TotalsAsync(WebApplicationFactory<Program> host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return (await db.Set<CaseRow>().CountAsync(), await db.Set<MeetingRow>().CountAsync(), await db.Set<PlanRow>().CountAsync(),
            await db.Tasks.CountAsync(), await db.Decisions.CountAsync(), await db.Set<InstanceRow>().CountAsync());
    }
}
