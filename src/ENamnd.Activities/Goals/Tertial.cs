using System.Globalization;
using ENamnd.Engine.Expressions;

namespace ENamnd.Activities.Goals;

/// <summary>A tertial: one of the year's three four-month periods (januari–april, maj–augusti, september–december).</summary>
public readonly record struct Tertial(int Year, int Number)
{
    private static readonly string[] Months = ["januari–april", "maj–augusti", "september–december"];
    private static readonly TimeOnly FollowUpDeadlineTime = new(16, 0);

    /// <summary>The first day.</summary>
    public DateOnly Start => new(Year, (Number - 1) * 4 + 1, 1);

    /// <summary>The last day.</summary>
    public DateOnly End => Start.AddMonths(4).AddDays(-1);

    /// <summary>The first day after the tertial: when its follow-up starts.</summary>
    public DateOnly FollowUpDay => End.AddDays(1);

    /// <summary>E.g. <c>2022-T1</c>.</summary>
    public string Id => $"{Year}-T{Number}";

    /// <summary>E.g. "tertial 1 2022 (januari–april)".</summary>
    public string Label => $"tertial {Number} {Year} ({Months[Number - 1]})";

    /// <summary>
    /// The answer deadline of a follow-up started at <paramref name="startedAt"/>: <paramref name="days"/> Stockholm
    /// calendar days later, or the next working day, at 16:00 local time; a day in the Christmas and New Year weeks
    /// (20 December – 6 January) moves to the first working day after trettondedag jul.
    /// </summary>
    public static DateTimeOffset FollowUpDeadline(DateTimeOffset startedAt, int days)
    {
        var day = StockholmTime.DateOf(startedAt).AddDays(days);
        // Nobody reports over Christmas and New Year: a deadline in those weeks moves to after trettondedag jul.
        if (day is { Month: 12, Day: >= 20 }) day = new DateOnly(day.Year + 1, 1, 7);
        else if (day is { Month: 1, Day: <= 6 }) day = new DateOnly(day.Year, 1, 7);
        return new WorkingDeadlines(FollowUpDeadlineTime).On(day).ToUniversalTime();
    }

    /// <summary>The three tertials of a year.</summary>
    public static IEnumerable<Tertial> Of(int year) => [new(year, 1), new(year, 2), new(year, 3)];

    /// <summary>The last tertial of <paramref name="year"/> that ended before <paramref name="today"/>, or null when none has.</summary>
    public static Tertial? LatestEndedBefore(int year, DateOnly today) =>
        Of(year).Where(t => t.End < today).Select(t => (Tertial?)t).LastOrDefault();

    /// <summary>The tertial that ended last before <paramref name="today"/>: this year's latest, or in January–April last year's third.</summary>
    public static Tertial LatestEnded(DateOnly today) => LatestEndedBefore(today.Year, today) ?? new Tertial(today.Year - 1, 3);

    /// <summary>Reads <c>2022-T1</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out Tertial tertial)
    {
        tertial = default;
        if (text is not { Length: 7 } || text[4] != '-' || (text[5] != 'T' && text[5] != 't')) return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || text[6] is < '1' or > '3') return false;
        tertial = new Tertial(year, text[6] - '0');
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
