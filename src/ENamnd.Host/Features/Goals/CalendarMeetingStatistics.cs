using ENamnd.Activities.Goals;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;

namespace ENamnd.Host.Features.Goals;

/// <summary>The goal follow-up's view of the <see cref="MeetingCalendar"/>: meetings held per body, committee attendance, the next committee meeting.</summary>
public sealed class CalendarMeetingStatistics(MeetingCalendar calendar) : IMeetingStatistics
{
    /// <inheritdoc />
    public async Task<MeetingFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var committee = await calendar.AttendanceAsync(MeetingBody.Namnd, from, to, cancellationToken);
        var preparation = await calendar.CountHeldAsync(MeetingBody.Beredningsgrupp, from, to, cancellationToken);
        return new MeetingFigures(committee.MeetingsHeld, preparation, committee.Rate * 100);
    }

    /// <inheritdoc />
    public async Task<PlannedMeeting?> NextCommitteeMeetingAsync(DateTimeOffset after, CancellationToken cancellationToken) =>
        await calendar.NextMeetingAsync(MeetingBody.Namnd, after, cancellationToken) is { } meeting ? new PlannedMeeting(meeting.Id, meeting.StartsAt) : null;
}
