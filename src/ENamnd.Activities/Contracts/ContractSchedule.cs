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
        return option is not null ? new ContractDeadline(option.DecideBy, option) : new ContractDeadline(terms.EndDate.AddMonths(-terms.NoticePeriodMonths), null);
    }

    /// <summary>The option an extension decided on <paramref name="day"/> uses: the earliest still open and not past its decide-by day.</summary>
    public static ContractOption? NextOpenOption(IEnumerable<ContractOption> options, DateOnly day) =>
        options.Where(o => o.Status == ContractOptionStatus.Open && o.DecideBy >= day).OrderBy(o => o.DecideBy).FirstOrDefault();

    /// <summary>The alert days for a deadline, earliest first.</summary>
    public static IReadOnlyList<ContractAlertDay> AlertDays(DateOnly deadline, IEnumerable<int> leadMonths) =>
        leadMonths.Distinct().Select(n => new ContractAlertDay(n, deadline.AddMonths(-n))).OrderBy(a => a.Date).ToList();

    /// <summary>
    /// The alert due on <paramref name="today"/>: the latest alert day not after today, while the deadline
    /// has not passed. A host that was down on an alert day sends that one late, but never older ones.
    /// </summary>
    public static ContractAlertDay? DueAlert(DateOnly deadline, IEnumerable<int> leadMonths, DateOnly today) =>
        today > deadline ? null : AlertDays(deadline, leadMonths).LastOrDefault(a => a.Date <= today);

    /// <summary>The instance id of the decision workflow for a deadline; starting it twice returns the first.</summary>
    public static string DecisionInstanceId(string contractId, DateOnly deadline) => $"avtal-{contractId}-{deadline:yyyyMMdd}";
}
