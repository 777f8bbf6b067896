using ENamnd.Activities.Goals;

namespace ENamnd.Activities.Tests.Goals;

/// <summary>The Swedish title and question of a goal follow-up task.</summary>
public sealed class FollowUpTextsTests
{
    private static readonly string Period = new Tertial(2022, 1).Label;

    private static readonly FollowUpItem Meetings = new()
    {
        Key = "M4/I1",
        Title = "Antal sammanträden",
        Goal = "Nämnden har genomfört minst fyra sammanträden",
        Indicator = "Antal sammanträden",
        Owner = "roll:samordnare",
        Target = "4",
        Unit = "antal",
        Value = "2",
        ValueNote = "nämndens sammanträden hållna sedan 1 januari",
    };

    [Fact]
    public void Should_PrefixThePeriod_When_TheTitleIsShort()
    {
        Assert.Equal("Måluppföljning tertial 1 2022 (januari–april): Antal sammanträden", FollowUpTexts.Title(Period, Meetings));
    }

    [Fact]
    public void Should_KeepTheWholeTitle_When_ItIsExactlySixtyCharacters()
    {
        var sixty = new string('x', 60);

        Assert.Equal($"Måluppföljning {Period}: {sixty}", FollowUpTexts.Title(Period, Meetings with { Title = sixty }));
    }

    [Fact]
    public void Should_CutAfterSixtyCharactersWithoutTrailingSpace_When_TheTitleIsLonger()
    {
        // Character 60 is a space: the cut text ends at the word before it, then the ellipsis.
        var title = new string('a', 59) + " och mer därtill";

        Assert.Equal($"Måluppföljning {Period}: {new string('a', 59)}…", FollowUpTexts.Title(Period, Meetings with { Title = title }));
    }

    [Fact]
    public void Should_CutBetweenWords_When_TheLimitFallsInsideAWord()
    {
        var title = "Nämnden har genomfört minst fyra sammanträden under året med beslutsärenden";

        Assert.Equal($"Måluppföljning {Period}: Nämnden har genomfört minst fyra sammanträden under året med…", FollowUpTexts.Title(Period, Meetings with { Title = title }));
    }

    [Fact]
    public void Should_AskYesOrNo_When_TheTargetIsABoolean()
    {
        var question = FollowUpTexts.Question(Period, Meetings with { Target = "true", Unit = "ja/nej", Value = null });

        Assert.Contains("Målvärde: ja\n", question, StringComparison.Ordinal);
        Assert.DoesNotContain("true", question, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AskWithGoalIndicatorTargetAndPrefilledValue_When_AllAreKnown()
    {
        Assert.Equal(
            """
            Uppföljning av verksamhetsplanens mål för tertial 1 2022 (januari–april).

            Mål: Nämnden har genomfört minst fyra sammanträden
            Indikator: Antal sammanträden
            Målvärde: 4 (antal)
            Förifyllt utfall: 2 – nämndens sammanträden hållna sedan 1 januari. Ändra om det inte stämmer.

            Ange om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt, utfallet, en kommentar och vid behov en åtgärdsplan.
            """, FollowUpTexts.Question(Period, Meetings));
    }

    [Fact]
    public void Should_AskOnlyAboutTheGoal_When_ItHasNoIndicatorTargetOrValue()
    {
        var goal = Meetings with { Indicator = "", Target = null, Unit = "antal", Value = "", ValueNote = "oanvänd" };

        Assert.Equal(
            """
            Uppföljning av verksamhetsplanens mål för tertial 1 2022 (januari–april).

            Mål: Nämnden har genomfört minst fyra sammanträden

            Ange om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt, utfallet, en kommentar och vid behov en åtgärdsplan.
            """, FollowUpTexts.Question(Period, goal));
    }

    [Fact]
    public void Should_LeaveOutUnitAndNote_When_TheyAreMissing()
    {
        var question = FollowUpTexts.Question(Period, Meetings with { Target = "90", Unit = "", Value = "85", ValueNote = null });

        Assert.Contains("\nMålvärde: 90\nFörifyllt utfall: 85. Ändra om det inte stämmer.\n", question, StringComparison.Ordinal);
    }
}
