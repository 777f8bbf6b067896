using ENamnd.Activities.Email;

namespace ENamnd.Activities.Tests.Email;

/// <summary>Plain text as HTML: paragraphs, line breaks, escaping and links.</summary>
public sealed class PlainTextHtmlTests
{
    [Fact]
    public void Should_StartAParagraphAtABlankLineAndKeepSingleLineBreaks_When_TextHasBoth()
    {
        var html = PlainTextHtml.Paragraphs("Hej Åsa!\r\n\r\nAvtal: E-arkiv\nLeverantör: Arkiv AB  \n\n\n\nNorrbottens e-nämnd\n");

        Assert.Equal("<p>Hej Åsa!</p><p>Avtal: E-arkiv<br>Leverantör: Arkiv AB</p><p>Norrbottens e-nämnd</p>", html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n \r\n")]
    public void Should_GiveNothing_When_TheTextIsEmpty(string? text)
    {
        Assert.Equal("", PlainTextHtml.Paragraphs(text));
    }

    [Fact]
    public void Should_EscapeMarkup_When_TheTextLooksLikeHtml()
    {
        var html = PlainTextHtml.Paragraphs("<script>alert('x')</script> & \"citat\" <b>fet</b>");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.StartsWith("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;citat&quot; &lt;b&gt;fet&lt;/b&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_KeepSwedishLettersReadable_When_Escaping()
    {
        Assert.Equal("<p>Förhinder – anmäl till sekreteraren (Överkalix)</p>", PlainTextHtml.Paragraphs("Förhinder – anmäl till sekreteraren (Överkalix)"));
    }

    [Theory]
    [InlineData("Länk: https://teams.example/m/1", "Länk: <a href=\"https://teams.example/m/1\">https://teams.example/m/1</a>")]
    [InlineData("Se https://example.org/a.", "Se <a href=\"https://example.org/a\">https://example.org/a</a>.")]
    [InlineData("(https://example.org/x)", "(<a href=\"https://example.org/x\">https://example.org/x</a>)")]
    [InlineData("https://sv.wikipedia.org/wiki/E_(bokstav)", "<a href=\"https://sv.wikipedia.org/wiki/E_(bokstav)\">https://sv.wikipedia.org/wiki/E_(bokstav)</a>")]
    [InlineData("http://x.example/?a=1&b=2, sedan", "<a href=\"http://x.example/?a=1&amp;b=2\">http://x.example/?a=1&amp;b=2</a>, sedan")]
    [InlineData("ftp://example.org/fil och mailto:a@example.org", "ftp://example.org/fil och mailto:a@example.org")]
    [InlineData("https://a.example/\"onmouseover=\"x", "<a href=\"https://a.example/\">https://a.example/</a>&quot;onmouseover=&quot;x")]
    public void Should_LinkHttpAddressesOnly_When_TheTextHasAddresses(string text, string expected)
    {
        Assert.Equal($"<p>{expected}</p>", PlainTextHtml.Paragraphs(text));
    }

    [Fact]
    public void Should_KeepEveryLineBreak_When_InlineTextHasBlankLines()
    {
        Assert.Equal("Rad 1<br><br>Rad &lt;2&gt;", PlainTextHtml.Inline("Rad 1\r\n\r\nRad <2>"));
    }

    [Fact]
    public void Should_BeASwedishDocumentWithTheSubjectAsTitle_When_AWholeDocumentIsRendered()
    {
        var html = PlainTextHtml.Document("Kallelse: <nämnden>", "Hej!\n\nVälkommen.");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Kallelse: &lt;nämnden&gt;</title>", html, StringComparison.Ordinal);
        Assert.EndsWith("<p>Hej!</p><p>Välkommen.</p></body></html>", html, StringComparison.Ordinal);
    }
}
