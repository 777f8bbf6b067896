using Hangfire;

namespace ENamnd.Host.Features.Meetings;

/// <summary>The job behind <see cref="MinutesCheckedRelay"/> (apart from it, because the runtime it uses notifies the listeners).</summary>
public sealed class MeetingJusteringJobs(MeetingCalendar calendar, MeetingJustering justering, MeetingNotices notices)
{
    /// <summary>Continues the workflows waiting for the justering of a meeting, and reminds the secretary to post the anslag.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task ContinueAsync(string meetingId, CancellationToken cancellationToken)
    {
        if (await calendar.FindAsync(meetingId, cancellationToken) is not { JusteradOn: not null } meeting) return;
        await justering.ContinueAsync(meeting, cancellationToken);
        await notices.AnslagDueAsync(meeting, cancellationToken);
    }
}
