using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// Tokens of the calendar subscription feeds. A token is <c>base64url(HMAC-SHA256(K, "{participantId}#{generation}"))</c>
/// (256 bits) with <c>K = HMAC-SHA256(task-link secret, "calendar-feed")</c>, so a feed token never equals a task token.
/// Derived rather than random so that the address can be shown again (on the participant's page, reached from every task
/// email) without being stored; only its SHA-256 is stored, and a renewal raises the generation, so an earlier address
/// stops working. Hosts sharing a database share the secret and so build the same addresses; a new secret makes every
/// address a new one (they are then renewed).
/// </summary>
public sealed class CalendarFeedTokens(TaskTokenSecret secret)
{
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("calendar-feed");

    /// <summary>The token of <paramref name="participantId"/>'s feed at <paramref name="generation"/>.</summary>
    public string TokenFor(string participantId, int generation) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(HMACSHA256.HashData(secret.Key, Purpose), Encoding.UTF8.GetBytes($"{participantId}#{generation}")));

    /// <summary>The stored form of a token: its SHA-256 in lowercase hex, as the task links store theirs.</summary>
    public static string HashOf(string token) => TaskTokens.HashOf(token);

    /// <summary>Whether <paramref name="token"/> has the shape of a feed token (43 base64url characters); anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
