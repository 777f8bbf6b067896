using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Resume link tokens (Elsa's bookmark and event trigger tokens): 32 random bytes, base64url. Unlike Elsa's encrypted
/// tokens they carry nothing; the store keeps their SHA-256 with what they resume, and each works once.
/// </summary>
public static class ResumeTokens
{
    /// <summary>The step record kind that stores a new token (a <see cref="ResumeToken"/> payload).</summary>
    public const string RecordKind = "resumeToken.issued";

    /// <summary>A token that resumes one bookmark.</summary>
    public const string BookmarkKind = "bookmark";

    /// <summary>A token that triggers an event in one instance.</summary>
    public const string EventKind = "event";

    /// <summary>A new token: 32 random bytes, base64url without padding.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token: its SHA-256 in lowercase hex.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
