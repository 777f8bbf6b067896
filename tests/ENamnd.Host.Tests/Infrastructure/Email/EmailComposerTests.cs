using System.Text.RegularExpressions;
using ENamnd.Host.Infrastructure.Email;
using MimeKit;
using static ENamnd.Host.Tests.Infrastructure.Email.EmailTestData;

namespace ENamnd.Host.Tests.Infrastructure.Email;

public sealed class EmailComposerTests
{
    [Fact]
    public void Should_UseOutboxIdAndConfiguredDomain_When_ComposingMessageId()
    {
        var id = NewId();
        var composer = Composer(NewOptions(o => o.MessageIdDomain = "e-namnd.example.org"));

        var first = composer.Compose(Message(), id);
        var second = composer.Compose(Message(), id);

        Assert.Equal($"{id}@e-namnd.example.org", first.MessageId);
        Assert.Equal(first.MessageId, second.MessageId);
    }

    [Fact]
    public void Should_SetSenderDateAndUtf8_When_Composing()
    {
        var message = Composer().Compose(Message(html: null), NewId());

        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Norrbottens e-nämnd", "noreply@example.org"), (from.Name, from.Address));
        Assert.Equal(Now, message.Date);
        var text = Assert.IsType<TextPart>(Assert.IsType<MultipartAlternative>(message.Body)[0]);
        Assert.True(text.IsPlain);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Equal(Lines(TextBody), Lines(Parse(Write(message)).TextBody));
    }

    [Fact]
    public void Should_RenderAnAccessibleHtmlPartWithTheSignOff_When_TheEmailHasOnlyText()
    {
        var email = Message(html: null) with { TextBody = "Hej Åsa!\n\nDatum: onsdag 16 mars 2022\nLänk: https://teams.example/m/1?a=1&b=<2>\n" };

        var parsed = Parse(Write(Composer().Compose(email, NewId())));

        var parts = Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal("Hej Åsa!\n\nDatum: onsdag 16 mars 2022\nLänk: https://teams.example/m/1?a=1&b=<2>\n\nNorrbottens e-nämnd", Lines(parsed.TextBody));
        var html = parsed.HtmlBody;
        Assert.StartsWith("<!DOCTYPE html><html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{Subject}</title>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Hej Åsa!</p><p>Datum: onsdag 16 mars 2022<br>Länk: <a href=\"https://teams.example/m/1?a=1&amp;b=\">https://teams.example/m/1?a=1&amp;b=</a>&lt;2&gt;</p><p>Norrbottens e-nämnd</p>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_KeepTheEmailsOwnHtmlAndSignTheText_When_TheEmailHasHtml()
    {
        var parsed = Parse(Write(Composer().Compose(Message() with { TextBody = "Hej!\n\nÄrendet väntar." }, NewId())));

        Assert.Equal(HtmlBody, parsed.HtmlBody);
        Assert.Equal("Hej!\n\nÄrendet väntar.\n\nNorrbottens e-nämnd", Lines(parsed.TextBody));
    }

    [Fact]
    public void Should_SetReplyTo_When_TheEmailNamesWhereRepliesGo()
    {
        var message = Composer().Compose(Message() with { ReplyTo = new("namnd@example.org", "Nämndens sekreterare") }, NewId());

        var replyTo = Assert.Single(message.ReplyTo.Mailboxes);
        Assert.Equal(("Nämndens sekreterare", "namnd@example.org"), (replyTo.Name, replyTo.Address));
        Assert.Empty(Composer().Compose(Message(), NewId()).ReplyTo);
    }

    [Fact]
    public void Should_ReferenceSameThreadRoot_When_MessagesShareThreadKey()
    {
        var composer = Composer();

        var task = Parse(Write(composer.Compose(Message(threadKey: "task:42"), NewId())));
        var reminder = Parse(Write(composer.Compose(Message(threadKey: "task:42"), NewId())));
        var other = composer.Compose(Message(threadKey: "task:43"), NewId());

        Assert.Matches(new Regex("^thread-[0-9a-f]{32}@enamnd.local$"), task.InReplyTo);
        Assert.Equal(task.InReplyTo, reminder.InReplyTo);
        Assert.Equal(task.InReplyTo, Assert.Single(task.References));
        Assert.Equal(task.InReplyTo, Assert.Single(reminder.References));
        Assert.NotEqual(task.InReplyTo, other.InReplyTo);
        Assert.NotEqual(task.MessageId, reminder.MessageId);
    }

    [Fact]
    public void Should_OmitThreadHeaders_When_NoThreadKey()
    {
        var message = Composer().Compose(Message(), NewId());

        Assert.Null(message.InReplyTo);
        Assert.Empty(message.References);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc@evil.org")]
    [InlineData("abc>\r\nBcc: evil@example.org")]
    public void Should_Refuse_When_MessageIdIsNotAToken(string id)
    {
        Assert.Throws<ArgumentException>(() => Composer().Compose(Message(), id));
    }

    [Fact]
    public void Should_Refuse_When_RecipientAddressCarriesHeader()
    {
        var message = Message() with { To = [new("asa@example.org\r\nBcc: evil@example.org")] };

        Assert.Throws<ArgumentException>(() => Composer().Compose(message, NewId()));
    }

    [Fact]
    public async Task Should_ThrowPermanentDeliveryFailure_When_MessageCannotBeComposed()
    {
        var sender = new EmailSender(Composer(), new NeverCalledTransport());

        var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(Message() with { To = [] }, NewId(), CancellationToken.None));

        Assert.False(failure.IsTransient);
    }

    private sealed class NeverCalledTransport : IEmailTransport
    {
        public Task SendAsync(MimeMessage message, CancellationToken ct) => throw new InvalidOperationException("Must not be called.");
    }
}
