using System.Net.Mail;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Email;

/// <summary>Sends an email through the outbox: it goes out after the step is committed, at most once more after a crash.</summary>
[Activity("ENamnd", "SendEmail", Category = "E-nämnd/Kommunikation", DisplayName = "Skicka e-post", Description = "Skickar ett e-postmeddelande när steget har sparats.")]
public sealed class SendEmail : Activity
{
    /// <summary>Recipient addresses, separated by commas or semicolons.</summary>
    [Input(DisplayName = "Till", Description = "E-postadresser, åtskilda med komma eller semikolon.")]
    public Input<string> To { get; set; } = new("");

    /// <summary>The subject line.</summary>
    [Input(DisplayName = "Ämne", DefaultSyntax = ExpressionTypes.Liquid)]
    public Input<string> Subject { get; set; } = new("");

    /// <summary>The plain-text body.</summary>
    [Input(DisplayName = "Text", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid)]
    public Input<string> Body { get; set; } = new("");

    /// <summary>An optional HTML body.</summary>
    [Input(DisplayName = "HTML", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid)]
    public Input<string?> HtmlBody { get; set; } = new((string?)null);

    /// <inheritdoc />
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var recipients = (context.Get(To) ?? "")
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseAddress)
            .ToList();
        if (recipients.Count == 0) throw new ActivityFaultException("E-postmeddelandet har ingen mottagare.");
        var subject = context.Get(Subject);
        if (string.IsNullOrWhiteSpace(subject)) throw new ActivityFaultException("E-postmeddelandet saknar ämne.");
        context.SendMessage(EmailMessage.Kind, new EmailMessage
        {
            To = recipients,
            Subject = subject,
            TextBody = context.Get(Body) ?? "",
            HtmlBody = context.Get(HtmlBody),
        });
        return default;
    }

    private static EmailAddress ParseAddress(string text) =>
        MailAddress.TryCreate(text, out var address)
            ? new EmailAddress(address.Address, string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName)
            : throw new ActivityFaultException($"Ogiltig e-postadress: '{text}'.");
}
