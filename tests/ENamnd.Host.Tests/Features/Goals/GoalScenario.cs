using System.Net.Http.Json;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary>What the goal tests do to and read from a host: meetings, the clock in Stockholm time, tasks, outbox, mail.</summary>
internal static class GoalScenario
{
    public const string Coordinator = "e-samordnare@example.org";

    /// <summary>A moment given in Stockholm local time.</summary>
    public static DateTimeOffset Stockholm(int year, int month, int day, int hour = 0, int minute = 0) =>
        StockholmTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute))!.Value.ToUniversalTime();

    /// <summary>Moves the host's clock forward to <paramref name="moment"/>.</summary>
    public static void MoveTo(GoalsHostFactory host, DateTimeOffset moment)
    {
        var by = moment - host.Clock.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"The clock cannot go back to {moment}.");
        host.Clock.Advance(by);
    }

    public static Task<Meeting> MeetingAsync(GoalsHostFactory host, MeetingBody body, DateOnly date) =>
        host.Services.GetRequiredService<MeetingWriter>().CreateAsync(new MeetingDraft(body, date, new TimeOnly(9, 0), new TimeOnly(12, 0), "Teams", null));

    public static async Task<int> RunJobAsync(GoalsHostFactory host)
    {
        var done = await host.Job.RunAsync(CancellationToken.None);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return done;
    }

    /// <summary>Resumes due timers (reminders, deadlines) as the sweep would, then sends the mail.</summary>
    public static async Task SweepAsync(GoalsHostFactory host)
    {
        await host.Services.GetRequiredService<IWorkflowRuntime>().ResumeDueBookmarksAsync();
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    public static async Task<List<TaskRow>> FollowUpTasksAsync(GoalsHostFactory host)
    {
        await using var db = await Db(host);
        return await db.Tasks.AsNoTracking().Where(t => t.Kind == "goal-follow-up").OrderBy(t => t.Title).ToListAsync();
    }

    public static async Task<T> CountAsync<T>(GoalsHostFactory host, Func<ENamndDbContext, Task<T>> query)
    {
        await using var db = await Db(host);
        return await query(db);
    }

    public static async Task<(int Outbox, int Tasks, int Rounds, int Agenda)> TotalsAsync(GoalsHostFactory host)
    {
        await using var db = await Db(host);
        return (await db.Outbox.CountAsync(), await db.Tasks.CountAsync(), await db.Set<TertialFollowUpRow>().CountAsync(), await db.AgendaItems.CountAsync());
    }

    /// <summary>Answers a task through the API, as a participant client with the link token would.</summary>
    public static async Task AnswerAsync(GoalsHostFactory host, TaskRow task, string outcome, string? value = null, string? actionPlan = null, string? comment = null)
    {
        using var client = host.CreateClient();
        var token = host.Services.GetRequiredService<TaskTokens>().TokenFor(task.Id);
        var fields = new Dictionary<string, string>();
        if (value is not null) fields["value"] = value;
        if (actionPlan is not null) fields["actionPlan"] = actionPlan;
        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { token, outcome, comment, fields });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static List<MimeMessage> Mails(GoalsHostFactory host) => !Directory.Exists(host.MailDirectory)
        ? []
        : Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)).ToList();

    public static bool IsOpen(TaskRow task) => task.Status == HumanTaskStatus.Open;

    private static Task<ENamndDbContext> Db(GoalsHostFactory host) =>
        host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
}
