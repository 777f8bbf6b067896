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
        var text = Assert.IsType<TextPart>(message.Body);
        Assert.True(text.IsPlain);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Equal(Lines(TextBody), Lines(Parse(Write(message)).TextBody));
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
