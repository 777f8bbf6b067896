using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// Sends each message to the configured SMTP server over a new connection. A refused or failed
/// send throws <see cref="EmailDeliveryException"/>: transient for 4xx replies and connection
/// trouble, permanent for 5xx replies. Once the server has accepted the message nothing throws.
/// </summary>
public sealed class SmtpTransport(IOptions<EmailOptions> options, ILogger<SmtpTransport> logger) : IEmailTransport
{
    private readonly SmtpOptions _smtp = options.Value.Smtp;
    private readonly string _host = options.Value.Smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        // No protocol logger: it would write the AUTH exchange, i.e. the credentials.
        using var client = new SmtpClient { Timeout = _smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(_host, _smtp.Port, SocketOptions(_smtp.Security), ct);
            if (!string.IsNullOrEmpty(_smtp.UserName))
                await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
        }
        catch (Exception e) when (Classify(e) is { } transient && !ct.IsCancellationRequested)
        {
            throw new EmailDeliveryException($"SMTP delivery of <{message.MessageId}> via {_host}:{_smtp.Port} failed: {Describe(e)}", transient, e);
        }
        logger.LogInformation("Sent email {MessageId} to {RecipientCount} recipient(s) via {SmtpHost}:{SmtpPort}",
            message.MessageId, message.To.Count, _host, _smtp.Port);
        await QuitAsync(client, message.MessageId);
    }

    /// <summary>Whether a failure is worth retrying: true or false, or null for one this transport does not translate.</summary>
    internal static bool? Classify(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        // Failed credentials or TLS set-up are the server's or the configuration's fault, not the message's.
        AuthenticationException or SslHandshakeException => true,
        SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException => true,
        SocketException or IOException or TimeoutException => true,
        // MailKit's own time-out (Timeout elapsed, the caller's token not cancelled).
        OperationCanceledException => true,
        // E.g. STARTTLS or AUTH required but not offered by the server.
        NotSupportedException => true,
        // MailKit's verdict on the message itself (no sender, no recipient).
        InvalidOperationException or ArgumentException => false,
        _ => null,
    };

    private static string Describe(Exception e) =>
        e is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : e.Message;

    /// <summary>MailKit's socket options for <paramref name="security"/>.</summary>
    internal static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };

    // The message is delivered once DATA was accepted; a failing QUIT must not make the caller send it again.
    private async Task QuitAsync(SmtpClient client, string? messageId)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (Classify(e) is not null)
        {
            logger.LogWarning(e, "Email {MessageId} was accepted but QUIT failed", messageId);
        }
    }
}
