namespace ENamnd.Activities.Meetings;

/// <summary>
/// Carries a meeting date of one year to another, keeping its place in the committee's year: the same weekday of the
/// same week of the same month (the third Wednesday of March stays the third Wednesday of March), moved on to the next
/// working day when that is a holiday.
/// </summary>
public static class MeetingYear
{
    /// <summary>The date in <paramref name="year"/> that matches <paramref name="pattern"/>; in the pattern's own year, the pattern itself when it is a working day.</summary>
    public static DateOnly Carry(DateOnly pattern, int year)
    {
        var week = (pattern.Day - 1) / 7;
        var first = new DateOnly(year, pattern.Month, 1);
        var date = first.AddDays(((int)pattern.DayOfWeek - (int)first.DayOfWeek + 7) % 7 + 7 * week);
        // A fifth weekday may not exist in a shorter month: the last one then keeps the meeting in its month.
        if (date.Month != pattern.Month) date = date.AddDays(-7);
        return SwedishWorkingDays.OnOrAfter(date);
    }
}
