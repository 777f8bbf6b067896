using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using static ENamnd.Host.Tests.Features.Goals.GoalScenario;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary>The tertial follow-up job on a manual clock, on the embedded host with the example plan of 2022.</summary>
public sealed class TertialFollowUpJobTests : IDisposable
{
    private readonly GoalsHostFactory host = new(Stockholm(2022, 4, 20, 12));

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Should_CreateFollowUpsOnFirstDayAfterTertial_When_MonthEndsAtMidnightStockholm()
    {
        _ = host.Services;
        await MeetingAsync(host, MeetingBody.Namnd, new DateOnly(2022, 3, 16));
        await MeetingAsync(host, MeetingBody.Beredningsgrupp, new DateOnly(2022, 2, 10));
        await MeetingAsync(host, MeetingBody.Beredningsgrupp, new DateOnly(2022, 4, 20));
        await MeetingAsync(host, MeetingBody.Namnd, new DateOnly(2022, 6, 22));

        // 30 April 23:59 in Stockholm: tertial 1 has not ended.
        MoveTo(host, Stockholm(2022, 4, 30, 23, 59));
        Assert.Equal(0, await RunJobAsync(host));
        Assert.Empty(await FollowUpTasksAsync(host));

        // 1 May 00:01 in Stockholm (still 30 April in UTC): tertial 1 is followed up.
        MoveTo(host, Stockholm(2022, 5, 1, 0, 1));
        Assert.Equal(1, await RunJobAsync(host));
        var tasks = await FollowUpTasksAsync(host);
        Assert.Equal(11, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(Coordinator, t.RecipientEmail));
        // 21 days end on Sunday 22 May: the deadline is Monday 23 May at 16.00.
        Assert.All(tasks, t => Assert.Equal(Stockholm(2022, 5, 23, 16), t.DueAt));
        var meetingsTask = tasks.Single(t => t.Question.Contains("minst fyra sammanträden"));
        var fields = TaskCompletion.FieldsOf(meetingsTask);
        Assert.Equal("1", fields.Single(f => f.Name == "value").Value);
        Assert.Contains("Uppfyllt", meetingsTask.Choices);
        Assert.Equal("2", TaskCompletion.FieldsOf(tasks.Single(t => t.Question.Contains("Minst 10 beredningsgruppsmöten"))).Single(f => f.Name == "value").Value);
        Assert.Null(TaskCompletion.FieldsOf(tasks.Single(t => t.Question.Contains("kompetenshöjande"))).Single(f => f.Name == "value").Value);
        var mails = Mails(host);
        Assert.Equal(11, mails.Count);
        Assert.All(mails, m => Assert.StartsWith("Måluppföljning tertial 1 2022 (januari–april):", m.Subject));

        // Twice, and again the next day: nothing new.
        var before = await TotalsAsync(host);
        Assert.Equal(0, await RunJobAsync(host));
        MoveTo(host, Stockholm(2022, 5, 2, 7));
        Assert.Equal(0, await RunJobAsync(host));
        Assert.Equal(before, await TotalsAsync(host));
        Assert.Equal(11, Mails(host).Count);
    }

    [Fact]
    public async Task Should_RemindWeeklyThenCompileReportOnAgenda_When_DeadlinePasses()
    {
        _ = host.Services;
        await MeetingAsync(host, MeetingBody.Namnd, new DateOnly(2022, 6, 22));
        MoveTo(host, Stockholm(2022, 5, 1, 7));
        await RunJobAsync(host);
        var tasks = await FollowUpTasksAsync(host);
        await AnswerAsync(host, tasks[0], "PartlyMet", value: "3", actionPlan: "Fler utbildningar under hösten.", comment: "Halvvägs.");
        await AnswerAsync(host, tasks[1], "Met", value: "ja");

        // Reminders a week later go only to the nine still open.
        MoveTo(host, Stockholm(2022, 5, 8, 7, 1));
        await SweepAsync(host);
        var reminders = Mails(host).Where(m => m.Subject!.StartsWith("Påminnelse:")).ToList();
        Assert.Equal(9, reminders.Count);
        Assert.Equal(0, await RunJobAsync(host));

        // The deadline closes the rest; the next run compiles the report, puts it on the June meeting, tells the coordinator.
        MoveTo(host, Stockholm(2022, 5, 23, 16, 1));
        await SweepAsync(host);
        Assert.Equal(9, (await FollowUpTasksAsync(host)).Count(t => t.Status == HumanTaskStatus.TimedOut));
        Assert.Equal(3, await RunJobAsync(host));
        var agenda = await CountAsync(host, db => db.AgendaItems.AsNoTracking().SingleAsync());
        Assert.Equal("Delårsrapport 1", agenda.Matter);
        Assert.Equal(Stockholm(2022, 6, 22, 9), agenda.MeetingDate);
        var mail = Assert.Single(Mails(host), m => m.Subject!.StartsWith("Delårsrapport 1 2022"));
        Assert.Equal(Coordinator, mail.To.Mailboxes.Single().Address);
        Assert.Contains("22 juni 2022", mail.TextBody);
        Assert.Contains("9 är markerade som ej inrapporterade", mail.TextBody);
        // The links open the report as a page of the application, never the API.
        Assert.Matches($@"Rapporten: {Regex.Escape(HostFactoryBase.PublicBaseUrl)}/mal/[^/\s]+/rapporter/2022-T1\n", mail.TextBody!.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("/api/", mail.TextBody + mail.HtmlBody);

        var totals = await TotalsAsync(host);
        Assert.Equal(0, await RunJobAsync(host));
        Assert.Equal(0, await RunJobAsync(host));
        Assert.Equal(totals, await TotalsAsync(host));

        using var coordinator = host.CreateCoordinatorClient();
        var plan = (await coordinator.GetFromJsonAsync<JsonArray>("/api/plans"))!.Single()!;
        var followUp = plan["followUps"]![0]!;
        Assert.Equal("Compiled", (string?)followUp["status"]);
        Assert.Equal(2, (int)followUp["answered"]!);
        Assert.Equal(await coordinator.GetStringAsync($"/api/plans/{plan["id"]}/reports/2022-T1"), await coordinator.GetStringAsync($"/mal/{plan["id"]}/rapporter/2022-T1"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/mal/{plan["id"]}/rapporter/2022-T1/document")).StatusCode);
        var page = await coordinator.GetStringAsync($"/api/plans/{plan["id"]}/reports/2022-T1");
        Assert.Contains("Delårsrapport 1 2022", page);
        Assert.Contains("Delvis uppfyllt", page);
        // Who answered and who owns a goal read as names and roles, never as addresses or the roll: syntax.
        Assert.DoesNotContain("roll:", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Coordinator, page, StringComparison.Ordinal);
        Assert.Contains("Fler utbildningar under hösten.", page);
        Assert.Contains("Ej inrapporterat", page);
        var document = await coordinator.GetAsync($"/api/plans/{plan["id"]}/reports/2022-T1/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("attachment", document.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("maluppfoljning-2022-T1.docx", document.Content.Headers.ContentDisposition.FileNameStar ?? document.Content.Headers.ContentDisposition.FileName);
        using var zip = new ZipArchive(await document.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        using var xml = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var text = await xml.ReadToEndAsync();
        Assert.Contains("Fler utbildningar under hösten.", text);
        Assert.Contains("Ej inrapporterat", text);
    }

    [Fact]
    public async Task Should_CompileAtOnce_When_AllAnsweredBeforeDeadline()
    {
        _ = host.Services;
        MoveTo(host, Stockholm(2022, 9, 1, 7));
        await RunJobAsync(host);
        foreach (var task in await FollowUpTasksAsync(host)) await AnswerAsync(host, task, "Met", value: "ok");

        Assert.Equal(2, await RunJobAsync(host)); // report and coordinator email; no committee meeting is planned yet
        Assert.Equal(0, await CountAsync(host, db => db.AgendaItems.CountAsync()));
        Assert.Contains("Inget nämndsammanträde är inplanerat", Assert.Single(Mails(host), m => m.Subject!.StartsWith("Delårsrapport 2 2022")).TextBody);

        await MeetingAsync(host, MeetingBody.Namnd, new DateOnly(2022, 10, 12));
        Assert.Equal(1, await RunJobAsync(host));
        Assert.Equal(0, await RunJobAsync(host));
        var agenda = await CountAsync(host, db => db.AgendaItems.AsNoTracking().SingleAsync());
        Assert.Equal(("Delårsrapport 2", Stockholm(2022, 10, 12, 9)), (agenda.Matter, agenda.MeetingDate));
        Assert.Single(Mails(host), m => m.Subject!.StartsWith("Delårsrapport 2 2022"));
    }

    [Fact]
    public async Task Should_CreateMissedTertialOnceAndSkipOlder_When_HostWasDown()
    {
        _ = host.Services;
        // Down from April to 5 September: tertial 2 is created late, tertial 1 is not created at all.
        MoveTo(host, Stockholm(2022, 9, 5, 7));
        Assert.Equal(1, await RunJobAsync(host));
        Assert.Equal(0, await RunJobAsync(host));
        var rounds = await CountAsync(host, db => db.Set<TertialFollowUpRow>().AsNoTracking().ToListAsync());
        Assert.Equal(2, Assert.Single(rounds).Tertial);
        Assert.All(await FollowUpTasksAsync(host), t => Assert.StartsWith("Måluppföljning tertial 2 2022", t.Title));

        // New Year in Stockholm (still 31 December in UTC): tertial 3, which becomes the verksamhetsberättelse.
        MoveTo(host, Stockholm(2022, 12, 31, 23, 59));
        Assert.Equal(2, await RunJobAsync(host)); // only the report of tertial 2 (past its deadline) and its email
        MoveTo(host, Stockholm(2023, 1, 1, 0, 30));
        Assert.Equal(1, await RunJobAsync(host));
        Assert.Equal(22, (await FollowUpTasksAsync(host)).Count);
        Assert.Equal(2, await CountAsync(host, db => db.Set<TertialFollowUpRow>().CountAsync()));
    }

    [Fact]
    public async Task Should_NeverFollowUpThePlanOfAnEarlierYear_When_ItsLastTertialEndedLongAgo()
    {
        _ = host.Services;
        // The example plan of 2022 in a later year: its third tertial ended long ago, so nobody is asked about it.
        MoveTo(host, Stockholm(2023, 5, 2, 7));
        Assert.Equal(0, await RunJobAsync(host));
        Assert.Equal(0, await CountAsync(host, db => db.Set<TertialFollowUpRow>().CountAsync()));
        Assert.Empty(await FollowUpTasksAsync(host));
    }
}
