namespace ENamnd.Activities.Meetings;

/// <summary>
/// The fixed items of the committee's year (årshjul): economic information at every meeting; in March the annual
/// report, in June the budget and interim report 1, in September/October interim report 2 and the strategy day, in
/// December the annual plan and internal control plan. A period's items go to its first committee meeting.
/// </summary>
public static class AnnualCycle
{
    private static readonly (int[] Months, Func<int, string[]> Items)[] Periods =
    [
        ([3], year => [$"Verksamhetsberättelse {year - 1} med måluppföljning"]),
        ([6], year => [$"Budget {year + 1}", $"Delårsrapport 1 {year} (januari–april)"]),
        ([9, 10], year => [$"Delårsrapport 2 {year} (januari–augusti)", "Strategidag"]),
        ([12], year => [$"Verksamhetsplan {year + 1} med mål och indikatorer", $"Internkontrollplan {year + 1}"]),
    ];

    /// <summary>The fixed items of a committee meeting on <paramref name="date"/>, given the dates of the other committee meetings that are on.</summary>
    public static IReadOnlyList<AgendaEntry> ItemsFor(DateOnly date, IEnumerable<DateOnly> otherMeetings)
    {
        var items = new List<AgendaEntry> { Fixed(date, "ekonomi", "Ekonomisk information") };
        foreach (var (months, texts) in Periods)
        {
            if (!months.Contains(date.Month)) continue;
            // Only the first meeting of the period takes its items (two meetings in September and October share them).
            if (otherMeetings.Any(other => other.Year == date.Year && months.Contains(other.Month) && other < date)) continue;
            items.AddRange(texts(date.Year).Select((text, i) => Fixed(date, $"{date.Month}-{i + 1}", text)));
        }
        return items;
    }

    private static AgendaEntry Fixed(DateOnly date, string key, string title) =>
        new($"arshjul:{MeetingTimes.Iso(date)}:{key}", title, null, true, null);
}
