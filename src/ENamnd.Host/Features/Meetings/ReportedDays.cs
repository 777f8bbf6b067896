using ENamnd.Activities.Meetings;

namespace ENamnd.Host.Features.Meetings;

/// <summary>A day something happened, as the coordinator reports it (justering, anslag, an appeal, a judgment): a date, and not a later one than today.</summary>
public static class ReportedDays
{
    /// <summary>The day <paramref name="text"/> names (null when it names none); each Swedish reason it is refused is added to <paramref name="errors"/>.</summary>
    public static DateOnly? Parse(string? text, string field, DateOnly today, List<string> errors)
    {
        if (!MeetingTimes.TryParseDate(text?.Trim(), out var day))
        {
            errors.Add(string.IsNullOrWhiteSpace(text) ? $"Datum ({field}) saknas." : $"{field} måste vara ett datum (ÅÅÅÅ-MM-DD).");
            return null;
        }
        // A later day is refused, yet returned, so the other checks of the day can say what else is wrong with it.
        if (day > today) errors.Add($"{field} kan inte vara ett senare datum än i dag.");
        return day;
    }
}
