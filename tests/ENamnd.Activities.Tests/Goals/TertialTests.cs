using ENamnd.Activities.Goals;

namespace ENamnd.Activities.Tests.Goals;

public class TertialTests
{
    [Theory]
    [InlineData(1, "2024-01-01", "2024-04-30", "2024-05-01")]
    [InlineData(2, "2024-05-01", "2024-08-31", "2024-09-01")]
    [InlineData(3, "2024-09-01", "2024-12-31", "2025-01-01")]
    public void Should_SpanFourMonths_When_TertialOfLeapYear(int number, string start, string end, string followUpDay)
    {
        var tertial = new Tertial(2024, number);

        Assert.Equal(DateOnly.Parse(start), tertial.Start);
        Assert.Equal(DateOnly.Parse(end), tertial.End);
        Assert.Equal(DateOnly.Parse(followUpDay), tertial.FollowUpDay);
    }

    [Theory]
    [InlineData("2024-02-29", null)]
    [InlineData("2024-04-30", null)]
    [InlineData("2024-05-01", 1)]
    [InlineData("2024-08-31", 1)]
    [InlineData("2024-09-01", 2)]
    [InlineData("2024-12-31", 2)]
    [InlineData("2025-01-01", 3)]
    [InlineData("2026-06-15", 3)]
    public void Should_PickLatestEndedTertial_When_DayGiven(string today, int? expected)
    {
        Assert.Equal(expected, Tertial.LatestEndedBefore(2024, DateOnly.Parse(today))?.Number);
    }

    [Theory]
    [InlineData("2027-01-01", 2026, 3)]
    [InlineData("2027-04-30", 2026, 3)]
    [InlineData("2027-05-01", 2027, 1)]
    [InlineData("2026-12-06", 2026, 2)]
    public void Should_PickTheTertialThatEndedLast_When_AnyDayIsGiven(string today, int year, int number)
    {
        Assert.Equal(new Tertial(year, number), Tertial.LatestEnded(DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2022-T1", true, 2022, 1)]
    [InlineData("2022-t3", true, 2022, 3)]
    [InlineData("2022-T4", false, 0, 0)]
    [InlineData("2022T1", false, 0, 0)]
    [InlineData("abcd-T1", false, 0, 0)]
    public void Should_ParseOnlyValidIds_When_Parsing(string text, bool valid, int year, int number)
    {
        Assert.Equal(valid, Tertial.TryParse(text, out var tertial));
        if (valid) Assert.Equal(new Tertial(year, number), tertial);
    }

    [Fact]
    public void Should_LabelInSwedish_When_Shown()
    {
        Assert.Equal("tertial 2 2022 (maj–augusti)", new Tertial(2022, 2).Label);
    }

    [Theory]
    // 10 Oct 2022 07:00 CEST + 21 days = 31 Oct 16:00 CET (after the October change) = 15:00 UTC.
    [InlineData("2022-10-10T05:00:00Z", 21, "2022-10-31T15:00:00Z")]
    // 20 Mar 2022 07:00 CET + 21 days = 10 Apr, a Sunday: Monday 11 Apr 16:00 CEST (after the March change) = 14:00 UTC.
    [InlineData("2022-03-20T06:00:00Z", 21, "2022-04-11T14:00:00Z")]
    // 30 Apr 2022 22:30 UTC is already 1 May in Stockholm; 21 days later is Sunday 22 May, so Monday 23 May.
    [InlineData("2022-04-30T22:30:00Z", 21, "2022-05-23T14:00:00Z")]
    // Across a leap day: 8 Feb 2024 + 21 days = 29 Feb 2024.
    [InlineData("2024-02-08T08:00:00Z", 21, "2024-02-29T15:00:00Z")]
    public void Should_PutFollowUpDeadlineAtFourInStockholm_When_DaylightSavingOrLeapDayBetween(string now, int days, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), Tertial.FollowUpDeadline(DateTimeOffset.Parse(now), days));
    }

    [Theory]
    // Started 6 December 2026 with 21 days: not Sunday 27 December in Christmas week, but Thursday 7 January 2027.
    [InlineData("2026-12-06T09:00:00Z", 21, "2027-01-07T15:00:00Z")]
    // Started 20 December with 14 days: 3 January is in the holiday weeks too.
    [InlineData("2026-12-20T09:00:00Z", 14, "2027-01-07T15:00:00Z")]
    public void Should_PutFollowUpDeadlineAfterTheHolidays_When_ItWouldFallInChristmasWeek(string now, int days, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Tertial.FollowUpDeadline(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), days));
    }
}
