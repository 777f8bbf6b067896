namespace ENamnd.Activities;

/// <summary>
/// The time from one day to a later one as a Swedish reader counts it, decided in one place: whole months when the later
/// day is that many months on ("3 månader"), days below two weeks ("2 dagar"), weeks below three months ("7 veckor"),
/// else months and the weeks over ("4 månader och 2 veckor"). Never more than the real time: the rest is dropped.
/// </summary>
public static class SwedishTimeLeft
{
    private const int DaysInWeek = 7;

    /// <summary>The span from <paramref name="from"/> to the later or same day <paramref name="to"/>, e.g. "7 veckor" or "1 månad".</summary>
    public static string Span(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentOutOfRangeException(nameof(to), to, $"The day {to:yyyy-MM-dd} is before {from:yyyy-MM-dd}.");
        var days = to.DayNumber - from.DayNumber;
        // Months are counted back from the later day, as alerts "n months before a deadline" are (31 Aug − 6 months = 28 Feb).
        var months = 0;
        while (to.AddMonths(-(months + 1)) >= from) months++;
        var exactMonths = months > 0 && to.AddMonths(-months) == from;
        if (exactMonths) return Months(months);
        if (days < 2 * DaysInWeek) return Days(days);
        if (months < 3) return Weeks(days / DaysInWeek);
        var weeksOver = (to.AddMonths(-months).DayNumber - from.DayNumber) / DaysInWeek;
        return weeksOver == 0 ? Months(months) : $"{Months(months)} och {Weeks(weeksOver)}";
    }

    /// <summary>What is left until <paramref name="day"/>: "7 veckor kvar", "1 dag kvar", "sista dagen i dag" on the day itself.</summary>
    public static string Remaining(DateOnly today, DateOnly day) =>
        day > today ? $"{Span(today, day)} kvar" : day == today ? "sista dagen i dag" : "sista dagen har passerat";

    private static string Days(int n) => n == 1 ? "1 dag" : $"{n} dagar";

    private static string Weeks(int n) => n == 1 ? "1 vecka" : $"{n} veckor";

    private static string Months(int n) => n == 1 ? "1 månad" : $"{n} månader";
}
