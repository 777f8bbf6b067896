using ENamnd.Activities.Meetings;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>A meeting's time and place as the API receives it, checked into a draft; every problem named in Swedish.</summary>
public sealed class MeetingDraftParserTests
{
    private static readonly MeetingRequest Valid = new("Nämnd", "2022-03-16", "13:00", "15:00", " Teams ", " https://teams.example/m/1 ");

    [Fact]
    public void Should_BuildATrimmedDraft_When_TheRequestIsValid()
    {
        var (draft, errors) = MeetingDraftParser.Parse(Valid);

        Assert.Empty(errors);
        Assert.Equal(new MeetingDraft(MeetingBody.Namnd, new DateOnly(2022, 3, 16), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", "https://teams.example/m/1"), draft);
    }

    [Theory]
    [InlineData("Nämnd", MeetingBody.Namnd)]
    [InlineData("nämnden", MeetingBody.Namnd)]
    [InlineData("NAMND", MeetingBody.Namnd)]
    [InlineData("e-nämnden", MeetingBody.Namnd)]
    [InlineData(" Beredningsgruppen ", MeetingBody.Beredningsgrupp)]
    public void Should_KnowTheBody_When_ItIsWrittenAsPeopleWriteIt(string body, MeetingBody expected)
    {
        Assert.Equal(expected, MeetingDraftParser.Parse(Valid with { Body = body }).Draft?.Body);
    }

    [Theory]
    [InlineData("Styrelse")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_RefuseTheBody_When_ItIsNoKnownBody(string? body)
    {
        Assert.Equal(["body måste vara \"Nämnd\" eller \"Beredningsgrupp\"."], MeetingDraftParser.Parse(Valid with { Body = body }).Errors);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2022-3-16")]
    [InlineData("16 mars 2022")]
    [InlineData(null)]
    public void Should_RefuseTheDate_When_ItIsNoIsoCalendarDay(string? date)
    {
        Assert.Equal(["date måste vara ett datum (ÅÅÅÅ-MM-DD)."], MeetingDraftParser.Parse(Valid with { Date = date }).Errors);
    }

    [Fact]
    public void Should_AcceptALeapDay_When_TheYearHasOne()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), MeetingDraftParser.Parse(Valid with { Date = "2024-02-29" }).Draft?.Date);
    }

    [Theory]
    [InlineData("13.00")]
    [InlineData("1300")]
    [InlineData("24:00")]
    [InlineData("13:00:00")]
    [InlineData("")]
    public void Should_RefuseTheTimes_When_TheyAreNotHoursAndMinutes(string time)
    {
        var (draft, errors) = MeetingDraftParser.Parse(Valid with { Start = time, End = time });

        Assert.Null(draft);
        Assert.Equal(["start måste vara en tid (TT:MM).", "end måste vara en tid (TT:MM)."], errors);
    }

    [Fact]
    public void Should_AcceptASingleDigitHour_When_TheTimeIsBeforeTen()
    {
        Assert.Equal(new TimeOnly(9, 5), MeetingDraftParser.Parse(Valid with { Start = "9:05" }).Draft?.Start);
    }

    [Theory]
    [InlineData("15:00")]
    [InlineData("12:59")]
    public void Should_RefuseTheEnd_When_ItIsNotLaterThanTheStart(string end)
    {
        Assert.Equal(["end måste vara senare än start."], MeetingDraftParser.Parse(Valid with { Start = "15:00", End = end }).Errors);
    }

    [Theory]
    [InlineData("02:30", "03:30")]
    [InlineData("01:30", "02:00")]
    [InlineData("02:59", "04:00")]
    public void Should_RefuseTheTime_When_ItIsSkippedWhenSummerTimeBegins(string start, string end)
    {
        // 27 March 2022: the clocks go from 02:00 to 03:00 in Stockholm.
        var (draft, errors) = MeetingDraftParser.Parse(Valid with { Date = "2022-03-27", Start = start, End = end });

        Assert.Null(draft);
        Assert.Equal(["Tiden finns inte i svensk tid den dagen (sommartiden börjar)."], errors);
    }

    [Theory]
    [InlineData("2022-03-27", "01:00", "03:00")]
    [InlineData("2022-03-26", "02:30", "03:30")]
    // 30 October 2022: 02:00–03:00 happens twice; the meeting is accepted (the first, summer-time hour is meant).
    [InlineData("2022-10-30", "02:15", "02:45")]
    public void Should_AcceptTheTime_When_ItExistsInStockholmThatDay(string date, string start, string end)
    {
        var (draft, errors) = MeetingDraftParser.Parse(Valid with { Date = date, Start = start, End = end });

        Assert.Empty(errors);
        Assert.NotNull(draft);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Should_AskForAPlace_When_TheLocationIsMissing(string? location)
    {
        Assert.Equal(["location (plats, till exempel \"Teams\") måste anges."], MeetingDraftParser.Parse(Valid with { Location = location }).Errors);
    }

    [Fact]
    public void Should_KeepThePlace_When_ItIsAtTheLongestAllowed()
    {
        var place = new string('a', MeetingDraftParser.MaxLength);

        Assert.Equal(place, MeetingDraftParser.Parse(Valid with { Location = $" {place} " }).Draft?.Location);
        Assert.Equal(["location får vara högst 500 tecken."], MeetingDraftParser.Parse(Valid with { Location = place + "a" }).Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_LeaveTheLinkOut_When_NoneIsGiven(string? link)
    {
        var (draft, errors) = MeetingDraftParser.Parse(Valid with { OnlineLink = link });

        Assert.Empty(errors);
        Assert.Null(draft!.OnlineLink);
    }

    [Theory]
    [InlineData("http://teams.example/m/1")]
    [InlineData("teams.example/m/1")]
    [InlineData("/m/1")]
    [InlineData("mailto:sekreterare@example.org")]
    public void Should_RefuseTheLink_When_ItIsNoHttpsAddress(string link)
    {
        Assert.Equal(["onlineLink måste vara en https-adress."], MeetingDraftParser.Parse(Valid with { OnlineLink = link }).Errors);
    }

    [Fact]
    public void Should_RefuseTheLink_When_ItIsLongerThanAllowed()
    {
        var link = "https://teams.example/" + new string('m', MeetingDraftParser.MaxLength);

        Assert.Equal(["onlineLink måste vara en https-adress."], MeetingDraftParser.Parse(Valid with { OnlineLink = link }).Errors);
    }

    [Fact]
    public void Should_ListEveryProblemButNotCompareTimes_When_SeveralFieldsAreWrong()
    {
        // The order and daylight-saving checks need a valid date and times, so they wait until everything else is right.
        var (draft, errors) = MeetingDraftParser.Parse(new MeetingRequest("Styrelse", "2022-03-27", "02:30", "nu", "", "http://x"));

        Assert.Null(draft);
        Assert.Equal(
        [
            "body måste vara \"Nämnd\" eller \"Beredningsgrupp\".",
            "end måste vara en tid (TT:MM).",
            "location (plats, till exempel \"Teams\") måste anges.",
            "onlineLink måste vara en https-adress.",
        ], errors);
    }

    [Fact]
    public void Should_ReportBothTimeProblems_When_TheEndIsBeforeAStartThatDoesNotExist()
    {
        var (_, errors) = MeetingDraftParser.Parse(Valid with { Date = "2022-03-27", Start = "02:30", End = "01:00" });

        Assert.Equal(["end måste vara senare än start.", "Tiden finns inte i svensk tid den dagen (sommartiden börjar)."], errors);
    }
}
