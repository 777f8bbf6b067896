namespace ENamnd.Activities.Email;

/// <summary>
/// An email as a workflow step sends it through the outbox (kind <see cref="Kind"/>). The outbox
/// message id becomes the Message-ID, so a resend after a crash carries the same id.
/// </summary>
public sealed record EmailMessage
{
    /// <summary>The outbox kind of email messages.</summary>
    public const string Kind = "email";

    /// <summary>The recipients.</summary>
    public required IReadOnlyList<EmailAddress> To { get; init; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>The plain-text body.</summary>
    public required string TextBody { get; init; }

    /// <summary>The HTML body, if any.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>A key that groups messages into one thread (e.g. a task and its reminders).</summary>
    public string? ThreadKey { get; init; }

    /// <summary>Where a reply goes instead of the (no-reply) sender, e.g. the committee's mailbox for a meeting notice; null: no Reply-To.</summary>
    public EmailAddress? ReplyTo { get; init; }

    /// <summary>A calendar invitation (meeting notice, update or cancellation), if any.</summary>
    public EmailCalendar? Calendar { get; init; }
}
