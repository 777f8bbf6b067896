using ENamnd.Engine.Expressions;

namespace ENamnd.Activities;

/// <summary>
/// Deadlines people can keep: a time to answer ends on a working day (<see cref="SwedishWorkingDays"/>) at a fixed time of
/// day in Stockholm (default 16.00), never at the minute the question happened to be asked, and never on a weekend,
/// a public holiday, midsommarafton, julafton or nyårsafton.
/// </summary>
public sealed class WorkingDeadlines(TimeOnly timeOfDay)
{
    /// <summary>The time of day deadlines fall at unless configured otherwise.</summary>
    public static readonly TimeOnly DefaultTimeOfDay = new(16, 0);

    /// <summary>Deadlines at <see cref="DefaultTimeOfDay"/>.</summary>
    public WorkingDeadlines() : this(DefaultTimeOfDay)
    {
    }

    /// <summary>The time of day deadlines fall at.</summary>
    public TimeOnly TimeOfDay => timeOfDay;

    /// <summary>
    /// The deadline <paramref name="time"/> after <paramref name="now"/>: on the Stockholm day that time ends, or the
    /// first working day after it, at <see cref="TimeOfDay"/>; always after <paramref name="now"/>.
    /// </summary>
    public DateTimeOffset After(DateTimeOffset now, TimeSpan time)
    {
        var deadline = On(StockholmTime.DateOf(now + time));
        return deadline > now ? deadline : On(StockholmTime.DateOf(now).AddDays(1));
    }

    /// <summary>
    /// The deadline <paramref name="days"/> working days after <paramref name="now"/>'s Stockholm day, at <see cref="TimeOfDay"/>
    /// (e.g. 10 working days from a Monday: the Monday two weeks later, unless a holiday falls between).
    /// </summary>
    public DateTimeOffset AfterWorkingDays(DateTimeOffset now, int days) =>
        On(SwedishWorkingDays.AddWorkingDays(StockholmTime.DateOf(now), Math.Max(days, 1)));

    /// <summary>The deadline on <paramref name="day"/>, or the first working day after it, at <see cref="TimeOfDay"/>.</summary>
    public DateTimeOffset On(DateOnly day)
    {
        var working = SwedishWorkingDays.OnOrAfter(day);
        // 16.00 exists on every Stockholm day; a time inside the spring gap falls an hour later.
        return StockholmTime.ToInstant(working, timeOfDay) ?? StockholmTime.ToInstant(working, timeOfDay.AddHours(1))!.Value;
    }
}
