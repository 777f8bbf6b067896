using System.Buffers.Text;
using System.Security.Cryptography;
using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// The coordinator's session stamp: every sign-in cookie carries the stamp it was issued under, and a cookie whose
/// stamp is no longer the current one is refused. Signing out renews the stamp, so the cookie that signed out (and any
/// copy of it, and every other coordinator session) stops working on the server, not only in the browser. The stamp is
/// kept in the data directory, so it holds across restarts.
/// </summary>
internal sealed class CoordinatorSessionStamp(IOptions<StorageOptions> storage)
{
    /// <summary>The claim that carries the stamp in the cookie.</summary>
    public const string ClaimType = "enamnd:session-stamp";

    /// <summary>The stamp file's name inside the data directory.</summary>
    public const string FileName = "coordinator-session-stamp";

    private const int MinimumLength = 16;
    private readonly Lock gate = new();
    private string? current;

    /// <summary>The stamp new cookies get and old ones must carry.</summary>
    public string Current
    {
        get
        {
            lock (gate)
            {
                return current ??= SecretFile.TryRead(FilePath, MinimumLength, "Delete it to have a new stamp made (signs every coordinator out).")
                    ?? CreateOrRead();
            }
        }
    }

    /// <summary>Whether <paramref name="stamp"/> is the current stamp, compared in constant time.</summary>
    public bool IsCurrent(string? stamp) =>
        stamp is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(stamp), System.Text.Encoding.UTF8.GetBytes(Current));

    /// <summary>Makes a new stamp: every cookie issued before stops working.</summary>
    public void Renew()
    {
        lock (gate)
        {
            var stamp = NewStamp();
            SecretFile.Replace(FilePath, stamp);
            current = stamp;
        }
    }

    private string FilePath => Path.Combine(storage.Value.FullDataDirectory, FileName);

    // A second host process starting at once may win the race to create the file; then its stamp is the one.
    private string CreateOrRead()
    {
        var stamp = NewStamp();
        return SecretFile.TryCreate(FilePath, stamp) ? stamp : SecretFile.TryRead(FilePath, MinimumLength, "")!;
    }

    private static string NewStamp() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
