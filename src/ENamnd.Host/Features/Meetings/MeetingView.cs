using ENamnd.Activities.Meetings;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// A meeting as the API shows it: time and place, status and SEQUENCE, the justerare and the days of justering and
/// anslag, and with details its agenda (each decision with its dates), members, attendance and its record (who recorded what).
/// </summary>
public sealed record MeetingView(
    string Id,
    string Body,
    string Date,
    string Start,
    string End,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Location,
    string? OnlineLink,
    string Status,
    int Sequence,
    string? CancelReason,
    IReadOnlyList<AgendaEntry>? Agenda = null,
    IReadOnlyList<MeetingMemberView>? Members = null,
    IReadOnlyList<MeetingAttendeeView>? Attendance = null,
    IReadOnlyList<string>? Justerare = null,
    string? JusteradAt = null,
    string? AnslagPostedAt = null,
    IReadOnlyList<MeetingEventView>? History = null)
{
    /// <summary>The view of a meeting, without details.</summary>
    public static MeetingView From(Meeting meeting) => new(
        meeting.Id, MeetingBodies.Title(meeting.Body), MeetingTimes.Iso(meeting.Date), MeetingTimes.Iso(meeting.Start), MeetingTimes.Iso(meeting.End),
        meeting.StartsAt, meeting.EndsAt, meeting.Location, meeting.OnlineLink, meeting.Status.ToString(), meeting.Sequence, meeting.CancelReason,
        Justerare: meeting.Justerare,
        JusteradAt: meeting.JusteradOn is { } justerad ? MeetingTimes.Iso(justerad) : null,
        AnslagPostedAt: meeting.AnslagPostedOn is { } posted ? MeetingTimes.Iso(posted) : null);
}
