using System.Globalization;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>The Swedish working calendar: weekends, public holidays and the days treated as holidays are no working days.</summary>
public sealed class SwedishWorkingDaysTests
{
    [Theory]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    public void Should_FindEasterSunday_When_GivenAYear(int year, string expected)
    {
        Assert.Equal(Day(expected), SwedishWorkingDays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-01-06")] // trettondedag jul
    [InlineData("2026-04-03")] // långfredagen
    [InlineData("2026-04-06")] // annandag påsk
    [InlineData("2026-05-01")] // första maj
    [InlineData("2026-05-14")] // Kristi himmelsfärdsdag
    [InlineData("2026-06-19")] // midsommarafton
    [InlineData("2025-06-06")] // nationaldagen
    [InlineData("2026-12-24")] // julafton
    [InlineData("2026-12-31")] // nyårsafton
    [InlineData("2026-03-21")] // a Saturday
    [InlineData("2026-03-22")] // a Sunday
    public void Should_CountNoWorkingDay_When_HolidayOrWeekend(string date)
    {
        Assert.False(SwedishWorkingDays.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2026-03-18")]
    [InlineData("2026-04-07")] // the Tuesday after Easter
    [InlineData("2026-06-22")] // the Monday after midsummer
    [InlineData("2026-12-23")]
    public void Should_CountAWorkingDay_When_AnOrdinaryWeekday(string date)
    {
        Assert.True(SwedishWorkingDays.IsWorkingDay(Day(date)));
    }

    [Fact]
    public void Should_ListSixteenDays_When_AskedForAYearsHolidays()
    {
        var holidays = SwedishWorkingDays.Holidays(2026);

        Assert.Equal(16, holidays.Count);
        Assert.Contains(Day("2026-10-31"), holidays); // alla helgons dag
        Assert.Contains(Day("2026-05-24"), holidays); // pingstdagen
    }

    [Fact]
    public void Should_MoveOnToTheNextWorkingDay_When_TheDayIsAHoliday()
    {
        Assert.Equal(Day("2026-04-07"), SwedishWorkingDays.OnOrAfter(Day("2026-04-03")));
        Assert.Equal(Day("2026-03-18"), SwedishWorkingDays.OnOrAfter(Day("2026-03-18")));
    }

    internal static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
