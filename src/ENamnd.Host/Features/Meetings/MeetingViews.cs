namespace ENamnd.Host.Features.Meetings;

/// <summary>A meeting as <c>GET /api/meetings/{id}</c> shows it: with its agenda, members, attendance and record.</summary>
public sealed class MeetingViews(MeetingCalendar calendar, MeetingAgenda agenda, MeetingMembers members, MeetingAttendance attendance, MeetingLog log)
{
    /// <summary>The meeting with its details; null when there is none with that id.</summary>
    public async Task<MeetingView?> DetailsAsync(string id, CancellationToken cancellationToken)
    {
        if (await calendar.FindAsync(id, cancellationToken) is not { } meeting) return null;
        var attendees = await calendar.AttendeesAsync(id, cancellationToken);
        var serving = await attendance.ServingAsync(attendees, cancellationToken);
        return MeetingView.From(meeting) with
        {
            Agenda = await agenda.ForAsync(meeting, cancellationToken),
            Members = [.. (await members.ForAsync(meeting.Body, cancellationToken)).Select(MeetingMemberView.From)],
            Attendance = [.. attendees.Select(a => new MeetingAttendeeView(a.ParticipantId, a.MunicipalityCode, MeetingAttendance.RoleText(a.Role), serving.GetValueOrDefault(a.ParticipantId)?.Id))],
            History = [.. (await log.ForAsync(id, cancellationToken)).Select(e => new MeetingEventView(e.Kind, e.Details, e.RecordedBy, e.Channel, e.RecordedAt))],
        };
    }
}
