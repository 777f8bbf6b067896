using System.Security.Cryptography;
using System.Text;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>The signature of an event: HMAC-SHA256 with the subscriber's secret over <c>{timestamp}.{body}</c>, as <c>sha256=&lt;hex&gt;</c>.</summary>
public static class WebhookSignature
{
    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Compute(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
