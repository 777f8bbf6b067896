using ENamnd.Engine.Expressions;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// The calendar of contract monitoring, on Stockholm calendar days. The decision deadline is the next
/// open option's decide-by day, or else the end minus the notice period; alerts fall the configured
/// number of months before it, clamped to the month's end (31 Aug − 6 months = 28 or 29 Feb).
/// </summary>
public static class ContractSchedule
{
    /// <summary>Today in Stockholm.</summary>
    public static DateOnly Today(TimeProvider clock) => StockholmTime.DateOf(clock.GetUtcNow());

    /// <summary>The next decision deadline as seen on <paramref name="today"/>: an open option not yet past its decide-by day, else end − notice.</summary>
    public static ContractDeadline NextDeadline(ContractTerms terms, DateOnly today)
    {
        var option = NextOpenOption(terms.Options, today);
        return option is not null ? new ContractDeadline(option.DecideBy, option) : new ContractDeadline(Shift(terms.EndDate, -terms.NoticePeriodMonths), null);
    }

    /// <summary>The option an extension decided on <paramref name="day"/> uses: the earliest still open and not past its decide-by day.</summary>
    public static ContractOption? NextOpenOption(IEnumerable<ContractOption> options, DateOnly day) =>
        options.Where(o => o.Status == ContractOptionStatus.Open && o.DecideBy >= day).OrderBy(o => o.DecideBy).FirstOrDefault();

    /// <summary>The alert days for a deadline, earliest first.</summary>
    public static IReadOnlyList<ContractAlertDay> AlertDays(DateOnly deadline, IEnumerable<int> leadMonths) =>
        leadMonths.Distinct().Select(n => new ContractAlertDay(n, Shift(deadline, -n))).OrderBy(a => a.Date).ToList();

    /// <summary>
    /// The alert due on <paramref name="today"/>: the latest alert day not after today, while the deadline
    /// has not passed. A host that was down on an alert day sends that one late, but never older ones.
    /// </summary>
    public static ContractAlertDay? DueAlert(DateOnly deadline, IEnumerable<int> leadMonths, DateOnly today) =>
        today > deadline ? null : AlertDays(deadline, leadMonths).LastOrDefault(a => a.Date <= today);

    /// <summary>
    /// The earliest day a decision about the contract can fall due, whatever the day: the earliest of its end, its end − notice
    /// and its open options' decide-by days. Every <see cref="NextDeadline"/> is one of these, so none comes before it; and
    /// an ended contract's end is not after it. Stored with the contract, so monitoring reads only the contracts that can be due.
    /// </summary>
    public static DateOnly EarliestDeadline(DateOnly end, int noticePeriodMonths, IEnumerable<ContractOption> options)
    {
        var earliest = Shift(end, -noticePeriodMonths) is var notice && notice < end ? notice : end;
        foreach (var option in options)
            if (option.Status == ContractOptionStatus.Open && option.DecideBy < earliest) earliest = option.DecideBy;
        return earliest;
    }

    /// <summary>
    /// The latest decision deadline that has an alert due by <paramref name="today"/> with alerts at most
    /// <paramref name="longestLeadMonths"/> months before it: the last day whose alert day that many months earlier is not
    /// after today. From the last day of a month that is the last day of the month that many months on (31 August − 6 months
    /// is 28 February); otherwise the same day of that month, clamped to its end. A contract whose
    /// <see cref="EarliestDeadline"/> comes after it has no alert due and has not ended.
    /// </summary>
    public static DateOnly LastDeadlineAlertedBy(DateOnly today, int longestLeadMonths)
    {
        var target = today.Year * 12L + today.Month - 1 + longestLeadMonths;
        if (target >= 10_000 * 12L) return DateOnly.MaxValue;
        var shifted = today.AddMonths(longestLeadMonths);
        var lastOfMonth = today.Day == DateTime.DaysInMonth(today.Year, today.Month);
        return lastOfMonth ? new DateOnly(shifted.Year, shifted.Month, DateTime.DaysInMonth(shifted.Year, shifted.Month)) : shifted;
    }

    /// <summary>
    /// Whether the contract's dates are ones a person can enter (see <see cref="PlausibleDates"/>). A contract stored
    /// before they were checked may lie outside; its schedule is still computed (clamped at the calendar's ends), never thrown.
    /// </summary>
    public static bool HasPlausibleDates(ContractTerms terms) =>
        PlausibleDates.Contains(terms.StartDate) && PlausibleDates.Contains(terms.EndDate) && terms.Options.All(o => PlausibleDates.Contains(o.DecideBy));

    /// <summary>The instance id of the decision workflow for a deadline; starting it twice returns the first.</summary>
    public static string DecisionInstanceId(string contractId, DateOnly deadline) => $"avtal-{contractId}-{deadline:yyyyMMdd}";

    // Months added or taken, stopping at the first and last day the calendar has instead of throwing.
    private static DateOnly Shift(DateOnly date, int months)
    {
        var target = date.Year * 12L + date.Month - 1 + months;
        if (target < 12) return DateOnly.MinValue;
        return target >= 10_000 * 12L ? DateOnly.MaxValue : date.AddMonths(months);
    }
}
