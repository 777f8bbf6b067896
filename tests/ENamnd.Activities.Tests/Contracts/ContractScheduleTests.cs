using System.Globalization;
using ENamnd.Activities.Contracts;
using ENamnd.TestSupport;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>The calendar of contract monitoring: the next decision deadline, the alert days before it and the one alert due on a day.</summary>
public sealed class ContractScheduleTests
{
    private static readonly int[] LeadMonths = [12, 6, 3, 1];

    [Fact]
    public void Should_TakeTheOptionsDecideByDay_When_AnOpenOptionIsAhead()
    {
        var option = new ContractOption(24, Day("2027-03-31"));

        var deadline = ContractSchedule.NextDeadline(Terms("2027-12-31", notice: 6, option), Day("2026-06-01"));

        Assert.Equal(Day("2027-03-31"), deadline.Date);
        Assert.Same(option, deadline.Option);
    }

    [Theory]
    [InlineData("2027-12-31", 6, "2027-06-30")]
    [InlineData("2027-12-31", 3, "2027-09-30")]
    [InlineData("2027-12-31", 0, "2027-12-31")]
    // Clamped to the month's end: 31 August − 6 months is the last day of February, also in a leap year.
    [InlineData("2026-08-31", 6, "2026-02-28")]
    [InlineData("2028-08-31", 6, "2028-02-29")]
    // From a leap day, 12 months back lands on 28 February of the year before.
    [InlineData("2028-02-29", 12, "2027-02-28")]
    [InlineData("2028-01-31", 1, "2027-12-31")]
    public void Should_CountTheNoticePeriodBackFromTheEnd_When_NoOptionIsOpen(string end, int notice, string expected)
    {
        var deadline = ContractSchedule.NextDeadline(Terms(end, notice), Day("2025-01-01"));

        Assert.Equal(Day(expected), deadline.Date);
        Assert.Null(deadline.Option);
    }

    [Fact]
    public void Should_StillOfferTheOption_When_TodayIsItsDecideByDay()
    {
        var option = new ContractOption(24, Day("2027-03-31"));

        Assert.Same(option, ContractSchedule.NextDeadline(Terms("2027-12-31", 6, option), Day("2027-03-31")).Option);
    }

    [Fact]
    public void Should_FallBackToTheNoticeDeadline_When_TheOptionsDecideByDayHasPassed()
    {
        var deadline = ContractSchedule.NextDeadline(Terms("2027-12-31", 6, new ContractOption(24, Day("2027-03-31"))), Day("2027-04-01"));

        Assert.Equal((Day("2027-06-30"), (ContractOption?)null), (deadline.Date, deadline.Option));
    }

    [Theory]
    [InlineData(ContractOptionStatus.Exercised)]
    [InlineData(ContractOptionStatus.Declined)]
    public void Should_IgnoreTheOption_When_ItIsAlreadyDecided(ContractOptionStatus status)
    {
        var deadline = ContractSchedule.NextDeadline(Terms("2027-12-31", 6, new ContractOption(24, Day("2027-03-31"), status)), Day("2026-01-01"));

        Assert.Equal(Day("2027-06-30"), deadline.Date);
        Assert.Null(deadline.Option);
    }

    [Fact]
    public void Should_PickTheEarliestOpenOption_When_SeveralAreListedOutOfOrder()
    {
        var later = new ContractOption(12, Day("2029-03-31"));
        var declined = new ContractOption(12, Day("2026-03-31"), ContractOptionStatus.Declined);
        var earlier = new ContractOption(24, Day("2027-03-31"));
        var past = new ContractOption(6, Day("2026-05-31"));

        Assert.Same(earlier, ContractSchedule.NextOpenOption([later, declined, earlier, past], Day("2026-06-01")));
        Assert.Same(later, ContractSchedule.NextOpenOption([later, declined, earlier, past], Day("2027-04-01")));
        Assert.Null(ContractSchedule.NextOpenOption([later, declined, earlier, past], Day("2029-04-01")));
    }

    [Fact]
    public void Should_ListTheAlertsEarliestFirst_When_TheDeadlineIsAtAMonthsEnd()
    {
        var alerts = ContractSchedule.AlertDays(Day("2027-03-31"), LeadMonths);

        // 31 March − 1 month is 28 February (2027 is no leap year).
        Assert.Equal(["12:2026-03-31", "6:2026-09-30", "3:2026-12-31", "1:2027-02-28"], alerts.Select(Text));
    }

    [Theory]
    [InlineData("2028-03-31", "12:2027-03-31|6:2027-09-30|3:2027-12-31|1:2028-02-29")]
    [InlineData("2028-02-29", "12:2027-02-28|6:2027-08-29|3:2027-11-29|1:2028-01-29")]
    [InlineData("2026-08-31", "12:2025-08-31|6:2026-02-28|3:2026-05-31|1:2026-07-31")]
    public void Should_ClampEachAlertToTheMonthsEnd_When_TheDayDoesNotExistThatMonth(string deadline, string expected)
    {
        Assert.Equal(expected.Split('|'), ContractSchedule.AlertDays(Day(deadline), LeadMonths).Select(Text));
    }

    [Fact]
    public void Should_ListEachLeadOnceInDateOrder_When_TheConfiguredLeadsRepeatAndAreUnsorted()
    {
        var alerts = ContractSchedule.AlertDays(Day("2027-06-30"), [1, 6, 1, 12, 6]);

        Assert.Equal(["12:2026-06-30", "6:2026-12-30", "1:2027-05-30"], alerts.Select(Text));
    }

    [Theory]
    [InlineData("2026-03-30", null)]
    [InlineData("2026-03-31", 12)]
    [InlineData("2026-09-29", 12)]
    [InlineData("2026-09-30", 6)]
    [InlineData("2027-01-15", 3)]
    [InlineData("2027-02-28", 1)]
    [InlineData("2027-03-31", 1)]
    [InlineData("2027-04-01", null)]
    public void Should_GiveTheLatestAlertNotAfterToday_When_TheDeadlineHasNotPassed(string today, int? expectedLead)
    {
        Assert.Equal(expectedLead, ContractSchedule.DueAlert(Day("2027-03-31"), LeadMonths, Day(today))?.LeadMonths);
    }

    [Fact]
    public void Should_SendOnlyTheLatestMissedAlert_When_SeveralAlertDaysPassedUnseen()
    {
        // Nothing ran between the 12- and the 1-month alert days: only the 3-month alert is due, never the older ones.
        var due = ContractSchedule.DueAlert(Day("2026-08-31"), LeadMonths, Day("2026-06-15"));

        Assert.Equal(new ContractAlertDay(3, Day("2026-05-31")), due);
    }

    [Theory]
    // Just after midnight in Stockholm the UTC date is still the day before, in winter (UTC+1) and in summer (UTC+2).
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")]
    [InlineData("2026-06-28T22:30:00Z", "2026-06-29")]
    [InlineData("2026-06-28T21:59:00Z", "2026-06-28")]
    // The night of the October change: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time, both on the 25th.
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T22:59:00Z", "2026-10-25")]
    [InlineData("2026-10-25T23:00:00Z", "2026-10-26")]
    [InlineData("2027-12-31T23:00:00Z", "2028-01-01")]
    public void Should_GiveTheStockholmDate_When_AskedForToday(string utcNow, string expected)
    {
        Assert.Equal(Day(expected), ContractSchedule.Today(new TestClock(DateTimeOffset.Parse(utcNow, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Should_NameTheDecisionInstanceStably_When_ItsIdIsBuilt()
    {
        // The ledger keys of alerts and expiries are pinned beside their builder, ContractLedgerKeys, in the host's tests.
        Assert.Equal("avtal-c1-20270331", ContractSchedule.DecisionInstanceId("c1", Day("2027-03-31")));
    }

    private static ContractTerms Terms(string end, int notice, params ContractOption[] options) => new()
    {
        Name = "E-tjänsteplattform",
        Supplier = "Leverantör AB",
        Kind = ContractKind.GemensamtAvtal,
        StartDate = Day("2018-01-01"),
        EndDate = Day(end),
        NoticePeriodMonths = notice,
        Options = options,
        Owner = "samordnare@example.org",
        Municipalities = ["Luleå", "Boden"],
    };

    private static string Text(ContractAlertDay alert) => $"{alert.LeadMonths}:{alert.Date:yyyy-MM-dd}";

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
