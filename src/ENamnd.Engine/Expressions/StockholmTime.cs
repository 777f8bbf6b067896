namespace ENamnd.Engine.Expressions;

/// <summary>The time zone the e-nämnd lives in (Europe/Stockholm).</summary>
public static class StockholmTime
{
    /// <summary>Europe/Stockholm.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A moment as Stockholm local time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
