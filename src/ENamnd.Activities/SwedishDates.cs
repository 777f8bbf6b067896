using System.Globalization;
using ENamnd.Engine.Expressions;

namespace ENamnd.Activities;

/// <summary>Dates and times as the Swedish texts write them (Stockholm time), decided in one place.</summary>
public static class SwedishDates
{
    /// <summary>The Swedish culture (sv-SE).</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A day, e.g. "22 juni 2022".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    /// <summary>The Stockholm day of a moment, e.g. "22 juni 2022".</summary>
    public static string Day(DateTimeOffset moment) => StockholmTime.ToLocal(moment).ToString("d MMMM yyyy", Culture);

    /// <summary>A day with its weekday, e.g. "onsdag 22 juni 2022".</summary>
    public static string DayWithWeekday(DateOnly day) => day.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>A moment in Stockholm time, e.g. "22 juni 2022 kl. 16:00".</summary>
    public static string DayAndTime(DateTimeOffset moment) => StockholmTime.ToLocal(moment).ToString("d MMMM yyyy 'kl.' HH:mm", Culture);
}
