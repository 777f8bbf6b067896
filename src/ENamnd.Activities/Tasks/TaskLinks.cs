namespace ENamnd.Activities.Tasks;

/// <summary>
/// Task links in emails. An activity cannot know a task's secret token, so it writes a placeholder
/// that the host replaces with the real link (public base URL and token) when the email is sent.
/// </summary>
public static class TaskLinks
{
    private const string Prefix = "[[uppgiftslänk:";
    private const string CalendarPrefix = "[[kalenderlänk:";

    /// <summary>The placeholder for the link of a task.</summary>
    public static string Placeholder(string taskId) => $"{Prefix}{taskId}]]";

    /// <summary>The placeholder for the link to the recipient's calendar subscription page, reached with the task's token.</summary>
    public static string CalendarPlaceholder(string taskId) => $"{CalendarPrefix}{taskId}]]";

    /// <summary>Replaces every task-link placeholder in <paramref name="text"/> using <paramref name="linkOf"/>.</summary>
    public static string Replace(string text, Func<string, string> linkOf) => Replace(text, Prefix, linkOf);

    /// <summary>Replaces every calendar-link placeholder in <paramref name="text"/> using <paramref name="linkOf"/>.</summary>
    public static string ReplaceCalendar(string text, Func<string, string> linkOf) => Replace(text, CalendarPrefix, linkOf);

    private static string Replace(string text, string prefix, Func<string, string> linkOf)
    {
        var result = new System.Text.StringBuilder();
        var position = 0;
        while (true)
        {
            var start = text.IndexOf(prefix, position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf("]]", start, StringComparison.Ordinal);
            if (end < 0) return result.Append(text, position, text.Length - position).ToString();
            result.Append(text, position, start - position).Append(linkOf(text[(start + prefix.Length)..end]));
            position = end + 2;
        }
    }
}
