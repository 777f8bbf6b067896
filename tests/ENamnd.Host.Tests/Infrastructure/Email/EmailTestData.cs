using ENamnd.Activities.Email;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.TestSupport;
using MimeKit;

namespace ENamnd.Host.Tests.Infrastructure.Email;

/// <summary>Shared inputs for the email tests: Swedish text, a fixed clock, outbox ids.</summary>
internal static class EmailTestData
{
    public const string Subject = "Påminnelse: ärende 2025/17 väntar – åäö ÅÄÖ";
    public const string TextBody = "Hej Åsa!\r\n\r\nÄrendet väntar på ditt beslut. Gå till länken för att godkänna.\r\n.\r\n..en rad som börjar med punkt\r\n\r\nNorrbottens e-nämnd";
    public const string HtmlBody = "<p>Hej Åsa!</p><p>Ärendet väntar på ditt beslut – <a href=\"https://example.org/tasks/x\">öppna</a>.</p>";

    public static DateTimeOffset Now { get; } = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static EmailMessage Message(string? threadKey = null, string? html = HtmlBody) => new()
    {
        To = [new EmailAddress("asa.oberg@example.org", "Åsa Öberg"), new EmailAddress("per@example.org")],
        Subject = Subject,
        TextBody = TextBody,
        HtmlBody = html,
        ThreadKey = threadKey,
    };

    public static EmailOptions NewOptions(Action<EmailOptions>? configure = null)
    {
        var options = new EmailOptions { From = "noreply@example.org", FromName = "Norrbottens e-nämnd" };
        configure?.Invoke(options);
        return options;
    }

    public static EmailComposer Composer(EmailOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? NewOptions()), new TestClock(Now));

    public static MimeMessage Parse(byte[] raw) => MimeMessage.Load(new MemoryStream(raw));

    /// <summary>The text with LF line ends: MimeKit decodes bodies with the platform's line ends.</summary>
    public static string Lines(string? text) => (text ?? "").ReplaceLineEndings("\n");

    public static byte[] Write(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
