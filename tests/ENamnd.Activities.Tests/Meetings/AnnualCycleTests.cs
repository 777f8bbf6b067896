using ENamnd.Activities.Meetings;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>The fixed items of the committee's year on the right meetings.</summary>
public sealed class AnnualCycleTests
{
    [Theory]
    [InlineData("2022-03-16", "Ekonomisk information|Verksamhetsberättelse 2021 med måluppföljning")]
    [InlineData("2022-06-22", "Ekonomisk information|Budget 2023|Delårsrapport 1 2022 (januari–april)")]
    [InlineData("2022-10-12", "Ekonomisk information|Delårsrapport 2 2022 (januari–augusti)|Strategidag")]
    [InlineData("2022-12-14", "Ekonomisk information|Verksamhetsplan 2023 med mål och indikatorer|Internkontrollplan 2023")]
    [InlineData("2022-04-20", "Ekonomisk information")]
    public void Should_PutTheYearsItemsOnTheMeetingOfTheirMonth_When_ItIsTheOnlyOne(string date, string expected)
    {
        var items = AnnualCycle.ItemsFor(Day(date), []);

        Assert.Equal(expected.Split('|'), items.Select(i => i.Title));
        Assert.All(items, i => Assert.True(i.Fixed));
    }

    [Fact]
    public void Should_GiveThePeriodsItemsToItsFirstMeeting_When_SeptemberAndOctoberBothHaveOne()
    {
        var september = AnnualCycle.ItemsFor(Day("2022-09-21"), [Day("2022-10-12")]);
        var october = AnnualCycle.ItemsFor(Day("2022-10-12"), [Day("2022-09-21")]);

        Assert.Equal(3, september.Count);
        Assert.Equal(["Ekonomisk information"], october.Select(i => i.Title));
        Assert.NotEqual(september[0].Id, october[0].Id);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
