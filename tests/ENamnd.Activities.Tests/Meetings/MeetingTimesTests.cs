using System.Globalization;
using ENamnd.Activities.Meetings;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>Meeting dates and times as text, and the meeting date an agenda item's instant names.</summary>
public sealed class MeetingTimesTests
{
    [Theory]
    // A bare date arrives as midnight UTC and means that date, although it is already 01:00 or 02:00 in Stockholm.
    [InlineData("2022-03-16T00:00:00+00:00", "2022-03-16")]
    [InlineData("2022-06-22T00:00:00+00:00", "2022-06-22")]
    // Any other instant names its Stockholm date: late evening UTC is the next day in Stockholm, winter and summer.
    [InlineData("2022-03-15T23:30:00+00:00", "2022-03-16")]
    [InlineData("2022-06-21T22:00:00+00:00", "2022-06-22")]
    [InlineData("2022-06-21T21:59:00+00:00", "2022-06-21")]
    [InlineData("2022-12-31T23:00:00+00:00", "2023-01-01")]
    // Stockholm midnight written with its own offset.
    [InlineData("2022-06-22T00:00:00+02:00", "2022-06-22")]
    [InlineData("2022-12-14T00:00:00+01:00", "2022-12-14")]
    // The nights of the daylight-saving changes.
    [InlineData("2022-03-26T23:00:00+00:00", "2022-03-27")]
    [InlineData("2022-10-29T22:30:00+00:00", "2022-10-30")]
    [InlineData("2022-10-30T22:59:00+00:00", "2022-10-30")]
    public void Should_NameTheMeetingDate_When_AnAgendaItemGivesAnInstant(string instant, string expected)
    {
        Assert.Equal(Day(expected), MeetingTimes.AgendaDate(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Should_WriteIsoDatesAndTimes_When_Formatting()
    {
        Assert.Equal("2024-02-29", MeetingTimes.Iso(new DateOnly(2024, 2, 29)));
        Assert.Equal("09:05", MeetingTimes.Iso(new TimeOnly(9, 5)));
        Assert.Equal("00:00", MeetingTimes.Iso(new TimeOnly(0, 0)));
    }

    [Theory]
    [InlineData("2022-03-16", true, "2022-03-16")]
    [InlineData(" 2024-02-29 ", true, "2024-02-29")]
    [InlineData("2023-02-29", false, null)]
    [InlineData("2022-3-16", false, null)]
    [InlineData("2022/03/16", false, null)]
    [InlineData("", false, null)]
    [InlineData(null, false, null)]
    public void Should_ReadOnlyIsoDays_When_ParsingADate(string? text, bool valid, string? expected)
    {
        Assert.Equal(valid, MeetingTimes.TryParseDate(text, out var date));
        if (valid) Assert.Equal(Day(expected!), date);
    }

    [Theory]
    [InlineData("13:00", true, 13, 0)]
    [InlineData("9:05", true, 9, 5)]
    [InlineData(" 09:05 ", true, 9, 5)]
    [InlineData("00:00", true, 0, 0)]
    [InlineData("23:59", true, 23, 59)]
    [InlineData("24:00", false, 0, 0)]
    [InlineData("13.00", false, 0, 0)]
    [InlineData("9:5", false, 0, 0)]
    [InlineData("1 pm", false, 0, 0)]
    [InlineData(null, false, 0, 0)]
    public void Should_ReadHoursAndMinutes_When_ParsingATime(string? text, bool valid, int hour, int minute)
    {
        Assert.Equal(valid, MeetingTimes.TryParseTime(text, out var time));
        if (valid) Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Fact]
    public void Should_ReadWhatItWrites_When_ADateAndTimeRoundTrip()
    {
        var date = new DateOnly(2022, 10, 30);
        var time = new TimeOnly(2, 30);

        Assert.True(MeetingTimes.TryParseDate(MeetingTimes.Iso(date), out var readDate));
        Assert.True(MeetingTimes.TryParseTime(MeetingTimes.Iso(time), out var readTime));
        Assert.Equal((date, time), (readDate, readTime));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
