using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// The daily job <c>meeting-reminders</c>: for every meeting from the last justering period on, sends what is due
/// (<see cref="MeetingNotices"/>), and continues workflows whose decisions came in force at a justering they have not
/// yet heard of (a host that stopped right after it), sends complete minutes for justering and reminds the secretary
/// of the anslag. Safe to run twice and on two hosts: every email goes through the
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
        var count = 0;
        foreach (var meeting in await calendar.ListAsync(null, today.AddDays(-(options.Value.JusteringDays + 1)), null, cancellationToken))
            count += await notices.SendDueAsync(meeting, cancellationToken);
        // A justering can run late: the committee's meetings of the past year whose record is not complete are followed up.
        var now = clock.GetUtcNow();
        foreach (var meeting in await calendar.ListAsync(MeetingBody.Namnd, today.AddYears(-1), today, cancellationToken))
        {
            if (!meeting.IsHeldBy(now) || meeting.AnslagPostedOn is { } posted && posted < today.AddDays(-(options.Value.JusteringDays + 1))) continue;
            if (meeting.JusteradOn is null)
            {
                // Decisions recorded through the secretary's own links complete the minutes too: they go for justering here.
                if (await justeringTasks.StartIfReadyAsync(meeting, cancellationToken)) count++;
                continue;
            }
            await justering.ContinueAsync(meeting, cancellationToken);
            // Tasks still open for minutes the secretary justerade (a host that stopped in between) are withdrawn.
            await justeringTasks.WithdrawAsync(meeting, cancellationToken);
            count += await notices.AnslagDueAsync(meeting, cancellationToken);
        }
        return count;
    }
}
