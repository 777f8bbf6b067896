using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>An email a meeting job queued: its ledger key and kind, and the message in the outbox.</summary>
internal sealed record SentMail(string Key, string Kind, DateOnly Day, EmailMessage Message)
{
    /// <summary>The participant the key ends with.</summary>
    public string ParticipantId => Key[(Key.LastIndexOf(':') + 1)..];

    /// <summary>The outbox payload read back.</summary>
    public static EmailMessage Read(string payload) =>
        JsonSerializer.Deserialize<EmailMessage>(payload, ValueConverter.JsonOptions) ?? throw new InvalidOperationException("Empty payload.");
}
