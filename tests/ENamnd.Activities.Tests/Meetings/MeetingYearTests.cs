using ENamnd.Activities.Meetings;
using static ENamnd.Activities.Tests.Meetings.SwedishWorkingDaysTests;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>The committee's meeting dates carried from the 2022 pattern to another year.</summary>
public sealed class MeetingYearTests
{
    private static readonly string[] Pattern = ["2022-03-16", "2022-06-22", "2022-10-12", "2022-12-14"];

    [Theory]
    [InlineData(2022, "2022-03-16", "2022-06-22", "2022-10-12", "2022-12-14")]
    [InlineData(2026, "2026-03-18", "2026-06-24", "2026-10-14", "2026-12-09")]
    [InlineData(2027, "2027-03-17", "2027-06-23", "2027-10-13", "2027-12-08")]
    public void Should_KeepTheWeekdayOfTheSameWeekOfTheMonth_When_CarriedToAYear(int year, params string[] expected)
    {
        var dates = Pattern.Select(d => MeetingYear.Carry(Day(d), year));

        Assert.Equal(expected.Select(Day), dates);
    }

    [Fact]
    public void Should_FallOnAWorkingDay_When_CarriedToAnyYear()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            foreach (var pattern in Pattern)
            {
                var date = MeetingYear.Carry(Day(pattern), year);
                Assert.True(SwedishWorkingDays.IsWorkingDay(date), $"{pattern} carried to {year} is {date}, no working day.");
                Assert.Equal(Day(pattern).Month, date.Month);
            }
        }
    }

    [Fact]
    public void Should_MoveOnToTheNextWorkingDay_When_TheWeekdayIsAHoliday()
    {
        // The fourth Thursday of May 2022 was Kristi himmelsfärdsdag; in 2022 itself the meeting moves to the Friday.
        Assert.Equal(Day("2022-05-27"), MeetingYear.Carry(Day("2022-05-26"), 2022));
    }

    [Fact]
    public void Should_StayInTheMonth_When_TheMonthHasNoFifthWeekday()
    {
        // The fifth Wednesday of March 2022 (the 30th): March 2023 has one (the 29th), March 2024 and 2026 have only four.
        Assert.Equal(Day("2023-03-29"), MeetingYear.Carry(Day("2022-03-30"), 2023));
        Assert.Equal(Day("2024-03-27"), MeetingYear.Carry(Day("2022-03-30"), 2024));
        Assert.Equal(Day("2026-03-25"), MeetingYear.Carry(Day("2022-03-30"), 2026));
    }
}
