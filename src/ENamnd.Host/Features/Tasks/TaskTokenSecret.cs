using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The secret task link tokens are derived from: the configured one, or one generated once and kept in the data directory.</summary>
/// <remarks>The secret is never logged or printed.</remarks>
public sealed class TaskTokenSecret
{
    private const string FileRemedy = "Delete it to have a new secret generated (links already sent stop working), or set Tasks:TokenSecret.";

    /// <summary>The secret file's name inside the data directory.</summary>
    public const string FileName = "task-token-secret";

    private readonly TaskOptions options;
    private readonly Lazy<byte[]> key;

    /// <summary>Creates the secret source; the file is read or created at first use.</summary>
    public TaskTokenSecret(IOptions<TaskOptions> options, IOptions<StorageOptions> storage)
    {
        this.options = options.Value;
        FilePath = Path.Combine(storage.Value.FullDataDirectory, FileName);
        key = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(Resolve()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where a generated secret is kept.</summary>
    public string FilePath { get; }

    /// <summary>The secret as HMAC key bytes.</summary>
    public byte[] Key => key.Value;

    // A configured secret always wins and is never written to disk.
    private string Resolve()
    {
        if (options.HasConfiguredSecret) return options.TokenSecret!;
        if (SecretFile.TryRead(FilePath, TaskOptions.MinimumSecretLength, FileRemedy) is { } stored) return stored;
        var generated = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        if (SecretFile.TryCreate(FilePath, generated)) return generated;
        // Another process created the file first: use its secret.
        return SecretFile.TryRead(FilePath, TaskOptions.MinimumSecretLength, FileRemedy) ?? throw new InvalidOperationException($"The task token secret file {FilePath} could not be read.");
    }
}
