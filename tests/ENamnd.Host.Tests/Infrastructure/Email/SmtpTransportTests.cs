using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static ENamnd.Host.Tests.Infrastructure.Email.EmailTestData;

namespace ENamnd.Host.Tests.Infrastructure.Email;

public sealed class SmtpTransportTests : IAsyncLifetime
{
    private readonly SmtpSink _sink = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task Should_DeliverSwedishMultipartMessage_When_SentToSink()
    {
        var id = NewId();

        await Sender().SendAsync(Message(), id, CancellationToken.None);

        var received = Assert.Single(_sink.Messages);
        Assert.Equal("noreply@example.org", received.From);
        Assert.Equal(["asa.oberg@example.org", "per@example.org"], received.Recipients);
        Assert.Matches(new Regex($"^Message-Id: <{id}@enamnd.local>\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase), received.RawText);
        var parsed = Parse(received.Raw);
        Assert.Equal($"{id}@enamnd.local", parsed.MessageId);
        Assert.Equal(Subject, parsed.Subject);
        Assert.Equal("Norrbottens e-nämnd", Assert.Single(parsed.From.Mailboxes).Name);
        Assert.Equal("Åsa Öberg", parsed.To.Mailboxes.First().Name);
        var alternative = Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType));
        Assert.Equal(Lines(TextBody), Lines(parsed.TextBody));
        Assert.Equal(HtmlBody, parsed.HtmlBody);
    }

    [Fact]
    public async Task Should_ThrowTransientThenSucceed_When_ServerAnswers451Once()
    {
        var sender = Sender();
        var id = NewId();
        _sink.FailNext(1, SmtpSinkStage.MailFrom);

        var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(Message(), id, CancellationToken.None));
        await sender.SendAsync(Message(), id, CancellationToken.None);

        Assert.True(failure.IsTransient);
        Assert.Contains("451", failure.Message);
        Assert.Equal($"{id}@enamnd.local", Parse(Assert.Single(_sink.Messages).Raw).MessageId);
    }

    [Fact]
    public async Task Should_ThrowTransient_When_ServerAnswers4xxAfterData()
    {
        _sink.FailNext(1, SmtpSinkStage.Data, "452 4.3.1 Insufficient system storage");

        var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => Sender().SendAsync(Message(), NewId(), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Empty(_sink.Messages);
    }

    [Fact]
    public async Task Should_ThrowPermanent_When_ServerAnswers5xx()
    {
        _sink.FailNext(1, SmtpSinkStage.Data, "554 5.7.1 Message rejected");

        var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => Sender().SendAsync(Message(), NewId(), CancellationToken.None));

        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task Should_ThrowTransient_When_NoServerListens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => Sender(SinkOptions(port: closedPort)).SendAsync(Message(), NewId(), CancellationToken.None));

        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task Should_SendNoExtraHeaderOrRecipient_When_SubjectAndNameCarryInjectedBcc()
    {
        const string injection = "\r\nBcc: evil@example.org";
        var message = Message() with
        {
            Subject = "Ärende" + injection,
            To = [new("asa.oberg@example.org", "Åsa" + injection)],
        };

        await Sender().SendAsync(message, NewId(), CancellationToken.None);

        var received = Assert.Single(_sink.Messages);
        Assert.Equal(["asa.oberg@example.org"], received.Recipients);
        Assert.DoesNotMatch(new Regex("^Bcc:", RegexOptions.Multiline | RegexOptions.IgnoreCase), received.RawText);
        var parsed = Parse(received.Raw);
        Assert.Empty(parsed.Bcc);
        Assert.DoesNotContain(parsed.Headers, header => header.Id == HeaderId.Bcc);
        Assert.Equal(["asa.oberg@example.org"], parsed.To.Mailboxes.Select(m => m.Address));
        // The text stays, on one line, as harmless words.
        Assert.Equal("Ärende Bcc: evil@example.org", parsed.Subject);
        Assert.Equal("Åsa Bcc: evil@example.org", parsed.To.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task Should_AuthenticateWithoutLoggingPassword_When_UserNameSet()
    {
        var logs = new ListLogger<SmtpTransport>();
        var options = SinkOptions(smtp => (smtp.UserName, smtp.Password) = ("enamnd", "hemligt-lösenord-42"));

        await Sender(options, logs).SendAsync(Message(), NewId(), CancellationToken.None);

        Assert.Equal(("enamnd", "hemligt-lösenord-42"), Assert.Single(_sink.Logins));
        Assert.Single(_sink.Messages);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("hemligt"));
    }

    private EmailOptions SinkOptions(Action<SmtpOptions>? configure = null, int? port = null) => NewOptions(options =>
    {
        options.Mode = EmailMode.Smtp;
        options.Smtp = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = port ?? _sink.Port,
            Security = SmtpSecurity.None,
            AllowInsecureLoopback = true,
            TimeoutSeconds = 10,
        };
        configure?.Invoke(options.Smtp);
    });

    private EmailSender Sender(EmailOptions? options = null, ILogger<SmtpTransport>? logger = null)
    {
        options ??= SinkOptions();
        Assert.True(new EmailOptionsValidator().Validate(null, options).Succeeded);
        var transport = new SmtpTransport(Microsoft.Extensions.Options.Options.Create(options), logger ?? NullLogger<SmtpTransport>.Instance);
        return new EmailSender(Composer(options), transport);
    }
}
