using ENamnd.Activities.People;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Email;

/// <summary>Sends an email through the outbox: it goes out after the step is committed, at most once more after a crash.</summary>
[Activity("ENamnd", "SendEmail", Category = ActivityCategories.Communication, DisplayName = "Skicka e-post", Description = "Skickar ett e-postmeddelande när steget har sparats.")]
public sealed class SendEmail : Activity
{
    /// <summary>Recipients: addresses or roles (<c>roll:styrgrupp@ärendet</c>, <c>roll:beredningsgrupp@Kalix</c>), separated by commas, semicolons or new lines.</summary>
    [Input(DisplayName = "Till", UIHint = "multiline", Description = "E-postadresser eller roller, t.ex. roll:styrgrupp@ärendet eller roll:beredningsgrupp@Kalix.")]
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
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var resolver = context.Services.GetRequiredService<RecipientResolver>();
        var recipients = (await resolver.ResolveAsync(context.Get(To), context.WorkflowContext.Instance.CorrelationId))
            .Select(r => new EmailAddress(r.Email, r.Name))
            .ToList();
        var subject = context.Get(Subject);
        if (string.IsNullOrWhiteSpace(subject)) throw new ActivityFaultException("E-postmeddelandet saknar ämne.");
        context.SendMessage(EmailMessage.Kind, new EmailMessage
        {
            To = recipients,
            Subject = subject,
            TextBody = context.Get(Body) ?? "",
            HtmlBody = context.Get(HtmlBody),
        });
    }
}
