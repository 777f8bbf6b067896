using Cronos;

namespace ENamnd.Engine.Activities;

/// <summary>Reads cron expressions as <see cref="Cron"/> takes them: six fields (with seconds, as Elsa writes them) or five.</summary>
public static class CronSchedule
{
    /// <summary>The parsed expression, or null when it cannot be read.</summary>
    public static CronExpression? Parse(string text) =>
        CronExpression.TryParse(text.Trim(), FormatOf(text), out var expression) ? expression : null;

    /// <summary>Why <paramref name="text"/> is no cron expression, in Swedish; null when it is one.</summary>
    public static string? Problem(string text) =>
        string.IsNullOrWhiteSpace(text) ? "Cron-uttrycket är tomt."
        : Parse(text) is null ? $"Cron-uttrycket '{text}' kan inte tolkas: ange sex fält (sekund minut timme dag månad veckodag) eller fem utan sekunder, till exempel 0 0 8 * * MON."
        : null;

    private static CronFormat FormatOf(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
