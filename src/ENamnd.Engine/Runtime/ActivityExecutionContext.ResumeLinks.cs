using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Runtime;

/// <summary>Resume links (Elsa's <c>GenerateBookmarkTriggerUrl</c> and <c>GenerateEventTriggerUrl</c>).</summary>
public sealed partial class ActivityExecutionContext
{
    /// <summary>
    /// A link that resumes the bookmark <paramref name="bookmarkId"/> of this instance once, anonymously, until
    /// <paramref name="expiresAt"/> (or for <paramref name="lifetime"/>, or the configured lifetime).
    /// </summary>
    public string GenerateBookmarkTriggerUrl(string bookmarkId, TimeSpan? lifetime = null, DateTimeOffset? expiresAt = null) =>
        Settings.BookmarkUrl(IssueResumeToken(ResumeTokens.BookmarkKind, bookmarkId, lifetime, expiresAt));

    /// <summary>A link that triggers the event <paramref name="eventName"/> in this instance once, anonymously.</summary>
    public string GenerateEventTriggerUrl(string eventName, TimeSpan? lifetime = null, DateTimeOffset? expiresAt = null) =>
        Settings.EventUrl(IssueResumeToken(ResumeTokens.EventKind, eventName, lifetime, expiresAt));

    private ResumeLinkSettings Settings => Services.GetService<ResumeLinkSettings>() ?? ResumeLinkSettings.Default;

    // Persistence point: the token's hash is a record of this step, so the link works exactly when the step that
    // produced it was committed; a step rolled back leaves neither a row nor a working link.
    private string IssueResumeToken(string kind, string target, TimeSpan? lifetime, DateTimeOffset? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw new ArgumentException(kind == ResumeTokens.EventKind ? "Ange händelsens namn." : "Ange bokmärkets id.", nameof(target));
        var now = Now;
        var expires = expiresAt ?? now + (lifetime ?? Settings.Lifetime);
        if (expires <= now) throw new ArgumentException("En länk måste gälla en tid framåt: giltighetstiden har redan gått ut.", nameof(expiresAt));
        var token = ResumeTokens.New();
        AddRecord(ResumeTokens.RecordKind, new ResumeToken
        {
            Hash = ResumeTokens.HashOf(token),
            Kind = kind,
            Target = target,
            InstanceId = WorkflowContext.Instance.Id,
            CreatedAt = now,
            ExpiresAt = expires,
        });
        return token;
    }
}
