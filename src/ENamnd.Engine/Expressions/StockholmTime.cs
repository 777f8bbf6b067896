namespace ENamnd.Engine.Expressions;

/// <summary>The time zone the e-nämnd lives in (Europe/Stockholm).</summary>
public static class StockholmTime
{
    /// <summary>Europe/Stockholm.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A moment as Stockholm local time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The Stockholm calendar date of a moment.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    /// <summary>The moment of a Stockholm local date and time; null for a time that does not exist (the hour skipped in March).</summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) return null;
        // In the hour repeated in October the first (summer-time) occurrence is meant.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
