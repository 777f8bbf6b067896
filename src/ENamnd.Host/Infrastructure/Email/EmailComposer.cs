using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ENamnd.Activities.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// Builds the MIME message for an outbox email with MimeKit's typed API, so no value can add a
/// header. The same outbox id always gives the same Message-ID; the same thread key the same thread root.
/// Every message has a plain-text and an HTML part and ends with the sign-off (<see cref="EmailSignOff"/>): this is
/// the one place that decides it, so a text-only email (a meeting notice, a contract alert, <c>SendEmail</c> without
/// HTML) gets an HTML part rendered from its text (<see cref="PlainTextHtml"/>); an email's own HTML is kept as it is.
/// </summary>
public sealed partial class EmailComposer(IOptions<EmailOptions> options, TimeProvider clock)
{
    private readonly EmailOptions _options = options.Value;

    /// <summary>Builds the message; throws <see cref="ArgumentException"/> for an id or address that cannot be sent.</summary>
    public MimeMessage Compose(EmailMessage email, string messageId)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (string.IsNullOrEmpty(messageId) || !messageId.All(IsIdCharacter))
            throw new ArgumentException($"The message id '{messageId}' must be letters, digits, '-', '_' or '.'.", nameof(messageId));
        if (email.To.Count == 0) throw new ArgumentException("The email has no recipient.", nameof(email));

        var message = new MimeMessage
        {
            MessageId = $"{messageId}@{_options.MessageIdDomain}",
            Date = clock.GetUtcNow(),
            Subject = OneLine(email.Subject),
            Body = ComposeBody(email),
        };
        message.From.Add(new MailboxAddress(OneLine(_options.FromName), _options.From));
        foreach (var recipient in email.To) message.To.Add(ToMailbox(recipient));
        if (email.ReplyTo is { } replyTo) message.ReplyTo.Add(ToMailbox(replyTo));
        // RFC 3834: tells auto-responders (vacation replies) not to answer a no-reply sender.
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
        if (!string.IsNullOrEmpty(email.ThreadKey))
        {
            var root = ThreadRootId(email.ThreadKey);
            message.InReplyTo = root;
            message.References.Add(root);
        }
        return message;
    }

    /// <summary>The Message-ID (without angle brackets) of the thread every message with <paramref name="threadKey"/> replies to.</summary>
    public string ThreadRootId(string threadKey)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(threadKey)));
        return $"thread-{hash[..32]}@{_options.MessageIdDomain}";
    }

    private static MimeEntity ComposeBody(EmailMessage email)
    {
        var text = EmailSignOff.AddTo(email.TextBody);
        var html = string.IsNullOrEmpty(email.HtmlBody) ? PlainTextHtml.Document(OneLine(email.Subject), text) : email.HtmlBody;
        // Least preferred first: clients that can show HTML pick it, calendar clients the invitation.
        var alternative = new MultipartAlternative { TextPart("plain", text), TextPart("html", html) };
        if (email.Calendar is not { } calendar) return alternative;
        alternative.Add(CalendarPart(calendar));
        // The same invitation as a file, for mail programs that do not read the inline part.
        var file = CalendarPart(calendar);
        file.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "inbjudan.ics" };
        file.ContentTransferEncoding = ContentEncoding.Base64;
        return new Multipart("mixed") { alternative, file };
    }

    private static TextPart CalendarPart(EmailCalendar calendar)
    {
        var method = calendar.Method.Trim().ToUpperInvariant();
        if (method.Length == 0 || !method.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"Invalid calendar method '{OneLine(calendar.Method)}'.", nameof(calendar));
        var part = TextPart("calendar", calendar.Content);
        part.ContentType.Parameters.Add("method", method);
        return part;
    }

    private static TextPart TextPart(string subtype, string content)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }

    private static MailboxAddress ToMailbox(EmailAddress recipient)
    {
        var address = recipient.Address?.Trim() ?? "";
        if (address.Length == 0 || address.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            throw new ArgumentException($"Invalid recipient address '{OneLine(address)}'.", nameof(recipient));
        try
        {
            return new MailboxAddress(OneLine(recipient.Name ?? ""), address);
        }
        catch (ParseException e)
        {
            throw new ArgumentException($"Invalid recipient address '{address}'.", nameof(recipient), e);
        }
    }

    // MimeKit already encodes line breaks away; they are also replaced so a name or subject reads as one line.
    private static string OneLine(string value) => WhitespaceOrControl().Replace(value, " ").Trim();

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex WhitespaceOrControl();

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
