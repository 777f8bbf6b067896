using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace ENamnd.Http.Tests;

public sealed class RequestTextTests
{
    [Fact]
    public void Should_FindNothing_When_TheTextIsOrdinary()
    {
        var body = new Sample("E-arkiv för Älvsbyn – etapp 2", "Rad ett\r\nRad två\tmed tabb", ["Luleå", "Boden"]);

        Assert.Empty(RequestText.Check(body));
    }

    [Theory]
    [InlineData("Avtal\r\nBcc: x@example.org")]
    [InlineData("Avtal\nx")]
    [InlineData("Avtal\u2028x")]
    public void Should_RefuseALineBreak_When_TheFieldIsSingleLine(string title)
    {
        var errors = RequestText.Check(new Sample(title, null, null));

        Assert.Equal(["Fältet title får inte innehålla radbrytningar."], errors["title"]);
    }

    [Theory]
    [InlineData("a\0b", "0000")]
    [InlineData("a\u001Bb", "001B")]
    [InlineData("a\u0085b", "0085")]
    public void Should_RefuseAControlCharacter_When_AnyFieldHasOne(string text, string code)
    {
        var errors = RequestText.Check(new Sample("Rubrik", text, null));

        Assert.Equal([$"Fältet description innehåller ett otillåtet tecken (styrtecken U+{code})."], errors["description"]);
    }

    [Fact]
    public void Should_NameTheElement_When_AListHoldsBadText()
    {
        var errors = RequestText.Check(new Sample("Rubrik", null, ["Luleå", "Bo\0den"]));

        Assert.Equal(["Fältet municipalities[1] innehåller ett otillåtet tecken (styrtecken U+0000)."], errors["municipalities[1]"]);
    }

    [Fact]
    public void Should_HoldEachFieldToItsLimit_When_TheTextIsLong()
    {
        var errors = RequestText.Check(new Sample(new string('x', RequestText.SingleLineMax + 1), new string('y', RequestText.MultiLineMax), null));

        Assert.Equal([$"Fältet title får vara högst {RequestText.SingleLineMax} tecken långt (nu {RequestText.SingleLineMax + 1})."], errors["title"]);
        Assert.False(errors.ContainsKey("description"));
        Assert.Equal(["Fältet code får vara högst 8 tecken långt (nu 9)."], RequestText.Check(new Limited("123456789"))["code"]);
    }

    [Fact]
    public void Should_EmptyAValue_When_ItIsOnlyZeroWidthAndWhiteSpace()
    {
        var body = new Sample("\u200B \u2060\uFEFF", "\u200D", ["\u200B", "Luleå"]);

        Assert.Empty(RequestText.Check(body));

        Assert.Equal("", body.Title);
        Assert.Equal("", body.Description);
        Assert.Equal(["", "Luleå"], body.Municipalities!);
    }

    [Fact]
    public void Should_KeepZeroWidthJoiners_When_TheyAreInsideText()
    {
        var body = new Sample("Team 👩\u200D💻", null, null);

        Assert.Empty(RequestText.Check(body));
        Assert.Equal("Team 👩\u200D💻", body.Title);
    }

    [Fact]
    public void Should_CheckKeysAndValues_When_TheBodyHasADictionaryOrJson()
    {
        var fields = new Fields(new Dictionary<string, string> { ["motivering"] = "Rad ett\nRad två", ["le\nverantör"] = "x" },
            JsonNode.Parse("""{"title":"ok","nested":[{"text":"a\u0000b"}]}""")!.AsObject());

        var errors = RequestText.Check(fields);

        Assert.Equal(["Fältet answers.le\nverantör får inte innehålla radbrytningar."], errors["answers.le\nverantör"]);
        Assert.Equal(["Fältet input.nested[0].text innehåller ett otillåtet tecken (styrtecken U+0000)."], errors["input.nested[0].text"]);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Should_RefuseAnObject_When_ItNamesAMemberTwice()
    {
        var input = JsonNode.Parse("""{"a":1,"a":2}""")!.AsObject();

        var errors = RequestText.Check(new Fields(new Dictionary<string, string>(), input));

        Assert.Equal(["Fältet input har samma namn två gånger."], errors["input"]);
    }

    [Fact]
    public void Should_AnswerForOneValue_When_AFormFieldIsCheckedAlone()
    {
        Assert.Null(RequestText.Problem("Beslut 2026-05-12 § 14", "reference"));
        Assert.Equal("Fältet reference får inte innehålla radbrytningar.", RequestText.Problem("a\nb", "reference"));
        Assert.Null(RequestText.Problem("a\nb", "comment", multiLine: true));
        Assert.True(RequestText.IsBlank("\u200B "));
        Assert.False(RequestText.IsBlank("a"));
    }

    private sealed record Sample(string? Title, [property: DataType(DataType.MultilineText)] string? Description, List<string>? Municipalities);

    private sealed record Limited([property: MaxLength(8)] string? Code);

    private sealed record Fields([property: DataType(DataType.MultilineText)] IReadOnlyDictionary<string, string> Answers, JsonObject Input);
}
