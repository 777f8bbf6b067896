namespace ENamnd.Activities.Goals;

/// <summary>Meetings held in a period per body, and committee attendance in percent (null when no meeting was held).</summary>
public sealed record MeetingFigures(int CommitteeMeetingsHeld, int PreparationGroupMeetingsHeld, decimal? CommitteeAttendancePercent);
