using System.Globalization;

namespace ENamnd.Activities;

/// <summary>
/// The dates the application takes from people: <c>ÅÅÅÅ-MM-DD</c> between 1900-01-01 and 2200-12-31. Anything outside
/// is a typing mistake here (a contract from year 1, a meeting in 9999), and would break date arithmetic later.
/// </summary>
public static class PlausibleDates
{
    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The latest date accepted.</summary>
    public static readonly DateOnly Latest = new(2200, 12, 31);

    /// <summary>The range, as messages name it.</summary>
    public const string Range = "1900-01-01–2200-12-31";

    /// <summary>Whether <paramref name="date"/> is in the range.</summary>
    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A date written as <c>ÅÅÅÅ-MM-DD</c> (surrounding white space allowed), in or out of the range; null when it is no such date.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
