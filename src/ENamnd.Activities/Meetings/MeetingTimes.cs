using System.Globalization;
using ENamnd.Engine.Expressions;

namespace ENamnd.Activities.Meetings;

/// <summary>Stockholm wall-clock times of meetings and the instants they stand for, across both daylight-saving changes.</summary>
public static class MeetingTimes
{
    /// <summary>
    /// The meeting date an agenda item names: a bare date (midnight UTC, as a date-only input arrives) is that date;
    /// anything else is the Stockholm date of the instant.
    /// </summary>
    public static DateOnly AgendaDate(DateTimeOffset meetingDate) =>
        meetingDate.Offset == TimeSpan.Zero && meetingDate.TimeOfDay == TimeSpan.Zero
            ? DateOnly.FromDateTime(meetingDate.DateTime)
            : StockholmTime.DateOf(meetingDate);

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>HH:mm</c>.</summary>
    public static string Iso(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = PlausibleDates.Parse(text) ?? default;
        return date != default;
    }

    /// <summary>Parses <c>HH:mm</c> (or <c>H:mm</c>).</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
