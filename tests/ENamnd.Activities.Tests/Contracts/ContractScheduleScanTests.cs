using System.Globalization;
using CsCheck;
using ENamnd.Activities.Contracts;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>
/// The window contract monitoring reads: a contract whose earliest deadline comes after the last deadline alerted by today
/// owes nothing today, for any terms, day and lead times; and that last deadline is exactly the latest with an alert due.
/// </summary>
public sealed class ContractScheduleScanTests
{
    // Days of 2020–2040, from a day of the month up to 31 clamped to the month's end, so month ends come often.
    private static readonly Gen<DateOnly> Days = Gen.Select(Gen.Int[2020, 2040], Gen.Int[1, 12], Gen.Int[1, 31])
        .Select((year, month, day) => new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));

    private static readonly Gen<int[]> Leads = Gen.Int[1, 120].Array[1, 4].Select(leads => leads.Distinct().ToArray());

    // A day near today (from four months before to about two and a half years after), where deadlines and alerts fall.
    private static readonly Gen<int> Offsets = Gen.Frequency((3, Gen.Int[-120, 900]), (1, Gen.Int[-40, 40]));

    private static readonly Gen<(ContractTerms Terms, DateOnly Today, int[] Leads)> Cases =
        Gen.Select(Days, Offsets, Gen.Int[-1, 24], Gen.Select(Offsets, Gen.Int[1, 36], Gen.Enum<ContractOptionStatus>()).Array[0, 3], Leads)
            .Select((today, end, notice, options, leads) => (new ContractTerms
            {
                Name = "Avtal",
                Supplier = "Leverantör AB",
                Kind = ContractKind.Ramavtal,
                StartDate = today.AddYears(-4),
                EndDate = today.AddDays(end),
                NoticePeriodMonths = notice,
                Options = [.. options.Select(o => new ContractOption(o.Item2, today.AddDays(o.Item1), o.Item3))],
                Owner = "agare@example.org",
            }, today, leads));

    [Fact]
    public void Should_ReadEveryContractThatOwesSomething_When_ItsEarliestDeadlineIsWithinTheWindow()
    {
        Cases.Sample(c =>
        {
            var deadline = ContractSchedule.NextDeadline(c.Terms, c.Today);
            var owes = c.Today > c.Terms.EndDate || ContractSchedule.DueAlert(deadline.Date, c.Leads, c.Today) is not null;
            var earliest = ContractSchedule.EarliestDeadline(c.Terms.EndDate, c.Terms.NoticePeriodMonths, c.Terms.Options);
            return !owes || earliest <= ContractSchedule.LastDeadlineAlertedBy(c.Today, c.Leads.Max());
        }, iter: 200_000);
    }

    [Fact]
    public void Should_EndTheWindowAtTheLatestDeadlineWithAnAlertDue_When_AnyDayAndLeadTime()
    {
        Gen.Select(Days, Gen.Int[1, 120]).Sample((today, lead) =>
        {
            var last = ContractSchedule.LastDeadlineAlertedBy(today, lead);
            return AlertDay(last, lead) <= today && AlertDay(last.AddDays(1), lead) > today;
        }, iter: 100_000);
    }

    [Theory]
    // From the last day of a month to the last day of the month the lead time on: 31 August − 6 months is 28 February.
    [InlineData("2027-02-28", 6, "2027-08-31")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2027-04-30", 1, "2027-05-31")]
    // Otherwise the same day, clamped to the month's end.
    [InlineData("2027-01-30", 1, "2027-02-28")]
    [InlineData("2027-03-15", 12, "2028-03-15")]
    public void Should_EndTheWindowOnTheLastDeadlineAlerted_When_TodayIsGiven(string today, int lead, string expected)
    {
        Assert.Equal(Day(expected), ContractSchedule.LastDeadlineAlertedBy(Day(today), lead));
    }

    [Theory]
    [InlineData("2027-12-31", 6, "2027-06-30")]
    // An open option decided earlier comes first; a decided one does not count.
    [InlineData("2027-12-31", 6, "2027-03-31", ContractOptionStatus.Open, "2027-03-31")]
    [InlineData("2027-12-31", 6, "2027-06-30", ContractOptionStatus.Exercised, "2027-03-31")]
    // A notice period of none, or one stored negative before it was checked, leaves the end.
    [InlineData("2027-12-31", 0, "2027-12-31")]
    [InlineData("2027-12-31", -2, "2027-12-31")]
    public void Should_TakeTheEarliestPossibleDeadline_When_TermsAreGiven(string end, int notice, string expected, ContractOptionStatus status = ContractOptionStatus.Open, string? decideBy = null)
    {
        ContractOption[] options = decideBy is null ? [] : [new ContractOption(12, Day(decideBy), status)];

        Assert.Equal(Day(expected), ContractSchedule.EarliestDeadline(Day(end), notice, options));
    }

    private static DateOnly AlertDay(DateOnly deadline, int lead) => ContractSchedule.AlertDays(deadline, [lead])[0].Date;

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
