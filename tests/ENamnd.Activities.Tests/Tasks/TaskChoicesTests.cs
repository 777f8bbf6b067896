using System.Globalization;
using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Tests.Tasks;

public class TaskChoicesTests
{
    private static readonly IReadOnlyList<TaskChoice> Choices = [new("Join", "Deltar och finansierar"), new("Decline", "Deltar inte")];

    [Theory]
    [InlineData("Join")]
    [InlineData("join")]
    [InlineData("JOIN")]
    [InlineData("  join\n")]
    public void Should_ReturnTheDeclaredChoice_When_AnswerDiffersOnlyInCaseOrSurroundingSpace(string answer) =>
        Assert.Same(Choices[0], TaskChoices.Match(Choices, answer));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Joins")]
    [InlineData("Jo in")]
    [InlineData("Deltar och finansierar")]
    public void Should_MatchNothing_When_AnswerIsBlankOrNotAChoiceValue(string? answer) =>
        Assert.Null(TaskChoices.Match(Choices, answer));

    [Fact]
    public void Should_MatchADeclaredValueWithSpace_When_AnswerIsTrimmed() =>
        Assert.Equal(" Done ", TaskChoices.Match([new(" Done ", "Klart")], "done")?.Value);

    [Fact]
    public void Should_PickTheFirstDeclared_When_TwoChoicesDifferOnlyInCase() =>
        Assert.Equal("Label first", TaskChoices.Match([new("Met", "Label first"), new("MET", "Label second")], "met")?.Label);

    [Fact]
    public void Should_IgnoreTheCurrentCulture_When_Comparing()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Turkish upper-cases 'i' to 'İ'; a culture-aware comparison would refuse "invite" for "INVITE".
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("INVITE", TaskChoices.Match([new("INVITE", "Bjud in")], "invite")?.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Should_ListValuesAndLabels_When_Described() =>
        Assert.Equal("Join = Deltar och finansierar, Decline = Deltar inte", TaskChoices.Describe(Choices));
}
