using System.Globalization;

namespace ENamnd.Activities.Tests;

/// <summary>The time left until a day, as Swedish texts count it: months, weeks or days, singular and plural, never more than there is.</summary>
public sealed class SwedishTimeLeftTests
{
    [Theory]
    [InlineData("2027-03-30", "2027-03-31", "1 dag")]
    [InlineData("2027-03-29", "2027-03-31", "2 dagar")]
    [InlineData("2027-03-18", "2027-03-31", "13 dagar")]
    [InlineData("2027-03-17", "2027-03-31", "2 veckor")]
    [InlineData("2027-03-24", "2027-03-31", "7 dagar")]
    [InlineData("2027-02-10", "2027-03-31", "7 veckor")]
    [InlineData("2027-02-11", "2027-03-31", "6 veckor")]
    [InlineData("2027-01-05", "2027-03-31", "12 veckor")]
    public void Should_CountDaysThenWeeks_When_LessThanThreeMonthsAreLeft(string from, string to, string expected) =>
        Assert.Equal(expected, SwedishTimeLeft.Span(Day(from), Day(to)));

    [Theory]
    [InlineData("2027-02-28", "2027-03-31", "1 månad")]
    [InlineData("2027-01-31", "2027-03-31", "2 månader")]
    [InlineData("2026-12-31", "2027-03-31", "3 månader")]
    [InlineData("2026-03-31", "2027-03-31", "12 månader")]
    [InlineData("2026-02-28", "2026-08-31", "6 månader")]
    public void Should_SayWholeMonths_When_TheDayIsThatManyMonthsBefore(string from, string to, string expected) =>
        Assert.Equal(expected, SwedishTimeLeft.Span(Day(from), Day(to)));

    [Theory]
    [InlineData("2026-12-20", "2027-03-31", "3 månader och 1 vecka")]
    [InlineData("2026-10-15", "2027-03-31", "5 månader och 2 veckor")]
    [InlineData("2026-12-27", "2027-03-31", "3 månader")]
    public void Should_AddTheWeeksOver_When_MoreThanThreeMonthsAreLeft(string from, string to, string expected) =>
        Assert.Equal(expected, SwedishTimeLeft.Span(Day(from), Day(to)));

    [Theory]
    [InlineData("2027-02-10", "7 veckor kvar")]
    [InlineData("2027-03-30", "1 dag kvar")]
    [InlineData("2027-03-31", "sista dagen i dag")]
    [InlineData("2027-04-01", "sista dagen har passerat")]
    public void Should_SayWhatIsLeft_When_CountingToADeadline(string today, string expected) =>
        Assert.Equal(expected, SwedishTimeLeft.Remaining(Day(today), Day("2027-03-31")));

    [Fact]
    public void Should_Refuse_When_TheSpanRunsBackwards() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishTimeLeft.Span(Day("2027-04-01"), Day("2027-03-31")));

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
