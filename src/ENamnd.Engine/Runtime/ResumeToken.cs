namespace ENamnd.Engine.Runtime;

/// <summary>
/// A stored resume link token: what it resumes (a bookmark, or an event of one instance), until when, and whether it was
/// used. Only the SHA-256 of the token is kept; the token itself is in the link alone.
/// </summary>
public sealed record ResumeToken
{
    /// <summary>The SHA-256 of the token, lowercase hex.</summary>
    public required string Hash { get; init; }

    /// <summary><see cref="ResumeTokens.BookmarkKind"/> or <see cref="ResumeTokens.EventKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The bookmark id, or the event's name.</summary>
    public required string Target { get; init; }

    /// <summary>The instance the token was made in, and the only one it reaches.</summary>
    public required string InstanceId { get; init; }

    /// <summary>When the token was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the token stops working.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the token was used; null while it is unused.</summary>
    public DateTimeOffset? UsedAt { get; init; }
}
