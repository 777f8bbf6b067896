namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Attendance over the meetings held in a period: a seat is one municipality at one meeting; it is attended when
/// someone came for that municipality (a ledamot or an ersättare in the committee, a representative in the preparation group).
/// </summary>
/// <param name="MeetingsHeld">Meetings held (not cancelled, ended).</param>
/// <param name="Seats">Municipalities × meetings held.</param>
/// <param name="AttendedSeats">Seats someone attended for.</param>
public sealed record MeetingAttendanceSummary(int MeetingsHeld, int Seats, int AttendedSeats)
{
    /// <summary>Attended seats as a share of all seats (0–1), or null when no meeting was held.</summary>
    public decimal? Rate => Seats == 0 ? null : Math.Round((decimal)AttendedSeats / Seats, 4);
}
