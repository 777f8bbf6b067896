using ENamnd.Activities.Meetings;

namespace ENamnd.Activities.Tests.Meetings;

public class ParagraphsTests
{
    [Theory]
    [InlineData("12", "§ 12")]
    [InlineData("§12", "§ 12")]
    [InlineData(" § 7 ", "§ 7")]
    [InlineData("§ 9999", "§ 9999")]
    public void Should_WriteTheParagraphAsTheMinutesDo_When_ItIsANumber(string text, string expected) =>
        Assert.Equal(expected, Paragraphs.Normalize(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("§")]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("12a")]
    [InlineData("-3")]
    [InlineData("KS 2026-03-02 § 41")]
    public void Should_FindNoParagraph_When_TheTextIsNotANumber(string? text) => Assert.Null(Paragraphs.Parse(text));
}
