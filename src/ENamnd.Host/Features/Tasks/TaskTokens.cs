using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Link tokens of tasks. A token is <c>base64url(HMAC-SHA256(secret, taskId))</c>, or of <c>taskId#version</c> once the
/// task was given to another recipient: unguessable, yet the same every time for one task and recipient, so an email
/// resent after a crash carries the same link, while an earlier recipient's link stops working. Only the SHA-256 of a
/// token is stored.
/// </summary>
public sealed class TaskTokens(TaskTokenSecret secret)
{
    /// <summary>The token of a task at a link version (the number of times it was given to someone else).</summary>
    public string TokenFor(string taskId, int linkVersion = 0) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(secret.Key, Encoding.UTF8.GetBytes(linkVersion == 0 ? taskId : $"{taskId}#{linkVersion}")));

    /// <summary>The stored form of a token: its SHA-256 in lowercase hex.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="candidate"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string? candidate, string storedHash)
    {
        if (string.IsNullOrEmpty(candidate) || storedHash.Length != SHA256.HashSizeInBytes * 2) return false;
        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), expected);
    }
}
