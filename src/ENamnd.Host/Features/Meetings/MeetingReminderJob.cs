using ENamnd.Engine.Expressions;
using ENamnd.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The daily job <c>meeting-reminders</c>: for every meeting from the last justering period on, sends what is due
/// (<see cref="MeetingNotices"/>), and continues workflows whose decisions came in force at a justering they have not
/// yet heard of (a host that stopped right after it), and sends complete minutes for justering. Safe to run twice and on two hosts: every email goes through the
/// ledger, and a bookmark resumes once.
/// </summary>
public sealed class MeetingReminderJob(
    MeetingCalendar calendar,
    MeetingNotices notices,
    MeetingJustering justering,
    MeetingJusteringTasks justeringTasks,
    IOptions<MeetingOptions> options,
    TimeProvider clock) : IMonitorJob
{
    /// <summary>The stable job id.</summary>
    public const string Id = "meeting-reminders";

    /// <inheritdoc />
    public string JobId => Id;


    /// <inheritdoc />
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = StockholmTime.DateOf(clock.GetUtcNow());
        // Meetings still in their justering period and every later one; a host that was down catches up here.
        var meetings = await calendar.ListAsync(null, today.AddDays(-(options.Value.JusteringDays + 1)), null, cancellationToken);
        var count = 0;
        foreach (var meeting in meetings)
        {
            count += await notices.SendDueAsync(meeting, cancellationToken);
            if (meeting.JusteradOn is not null) await justering.ContinueAsync(meeting, cancellationToken);
            // Decisions recorded through the secretary's own links complete the minutes too: they go for justering here.
            else if (await justeringTasks.StartIfReadyAsync(meeting, cancellationToken)) count++;
        }
        return count;
    }
}
