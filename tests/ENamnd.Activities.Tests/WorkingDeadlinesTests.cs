namespace ENamnd.Activities.Tests;

public sealed class WorkingDeadlinesTests
{
    private static readonly WorkingDeadlines Deadlines = new();

    [Fact]
    public void Should_MoveToMondayAtFour_When_TheTimeToAnswerEndsOnASundayNight()
    {
        // Asked on Sunday 6 December 2026 at 04.50 with two weeks to answer: not Sunday 20 December at 04.50.
        var asked = new DateTimeOffset(2026, 12, 6, 3, 50, 0, TimeSpan.Zero);

        var deadline = Deadlines.After(asked, TimeSpan.FromDays(14));

        Assert.Equal(new DateTimeOffset(2026, 12, 21, 16, 0, 0, TimeSpan.FromHours(1)), deadline);
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-28")] // julafton, juldagen, annandag jul and a weekend
    [InlineData("2026-12-31", "2027-01-04")] // nyårsafton, nyårsdagen and a weekend
    [InlineData("2027-06-25", "2027-06-28")] // midsommarafton and midsommardagen
    [InlineData("2026-04-03", "2026-04-07")] // långfredagen to annandag påsk
    [InlineData("2026-12-07", "2026-12-07")] // an ordinary Monday
    public void Should_FallOnTheNextWorkingDayAtFour_When_TheDayIsNoWorkingDay(string day, string expected)
    {
        var deadline = Deadlines.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Engine.Expressions.StockholmTime.ToLocal(deadline).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new TimeSpan(16, 0, 0), Engine.Expressions.StockholmTime.ToLocal(deadline).TimeOfDay);
    }

    [Theory]
    [InlineData("2026-12-17", 5, "2026-12-28")] // Thursday before Christmas: Fri, Mon, Tue, Wed, then Monday after annandag jul
    [InlineData("2026-12-07", 10, "2026-12-21")] // two ordinary weeks
    [InlineData("2026-12-05", 1, "2026-12-07")] // from a Saturday: the Monday
    [InlineData("2027-06-23", 2, "2027-06-28")] // over midsommarafton and midsommardagen
    public void Should_CountOnlyWorkingDays_When_TheTimeIsGivenInWorkingDays(string asked, int days, string expected)
    {
        var deadline = Deadlines.AfterWorkingDays(Engine.Expressions.StockholmTime.ToInstant(DateOnly.Parse(asked, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0))!.Value, days);

        Assert.Equal(expected, Engine.Expressions.StockholmTime.ToLocal(deadline).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new TimeSpan(16, 0, 0), Engine.Expressions.StockholmTime.ToLocal(deadline).TimeOfDay);
    }

    [Fact]
    public void Should_EndOnTheNextWorkingDay_When_TheDeadlineTimeHasPassedToday()
    {
        // Tuesday 8 December 2026 at 17.30 with an hour to answer: Wednesday at 16.00, never in the past.
        var asked = new DateTimeOffset(2026, 12, 8, 16, 30, 0, TimeSpan.Zero);

        var deadline = Deadlines.After(asked, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.FromHours(1)), deadline);
    }

    [Fact]
    public void Should_UseTheConfiguredTimeOfDay_When_OneIsGiven()
    {
        var deadline = new WorkingDeadlines(new TimeOnly(12, 0)).On(new DateOnly(2026, 7, 1));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)), deadline);
    }
}
