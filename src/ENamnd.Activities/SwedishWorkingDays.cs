namespace ENamnd.Activities;

/// <summary>
/// The Swedish working calendar: Saturdays, Sundays, the public holidays (helgdagar) and the days treated as holidays in
/// practice (midsommarafton, julafton, nyårsafton) are no working days.
/// </summary>
public static class SwedishWorkingDays
{
    /// <summary>True when <paramref name="date"/> is a working day (arbetsdag).</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays(date.Year).Contains(date);

    /// <summary><paramref name="date"/> itself when it is a working day, else the next working day after it.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="date"/> (which need not be one).</summary>
    public static DateOnly AddWorkingDays(DateOnly date, int days)
    {
        for (var left = days; left > 0; left--) date = OnOrAfter(date.AddDays(1));
        return date;
    }

    /// <summary>The public holidays of <paramref name="year"/> and the days treated as such (midsommarafton, julafton, nyårsafton).</summary>
    public static IReadOnlySet<DateOnly> Holidays(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1), // nyårsdagen
            new(year, 1, 6), // trettondedag jul
            easter.AddDays(-2), // långfredagen
            easter, // påskdagen
            easter.AddDays(1), // annandag påsk
            new(year, 5, 1), // första maj
            easter.AddDays(39), // Kristi himmelsfärdsdag
            easter.AddDays(49), // pingstdagen
            new(year, 6, 6), // nationaldagen
            midsummerEve, // midsommarafton
            midsummerEve.AddDays(1), // midsommardagen
            FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), // alla helgons dag
            new(year, 12, 24), // julafton
            new(year, 12, 25), // juldagen
            new(year, 12, 26), // annandag jul
            new(year, 12, 31), // nyårsafton
        };
    }

    /// <summary>Easter Sunday of <paramref name="year"/> in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
