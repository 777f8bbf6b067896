using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Keeps the session stamp in <c>&lt;data&gt;/coordinator-session-stamp</c> (hosts on SQLite), owner-only, across restarts.</summary>
internal sealed class FileSessionStampStore(IOptions<StorageOptions> storage) : ICoordinatorSessionStampStore
{
    /// <summary>The stamp file's name inside the data directory.</summary>
    public const string FileName = "coordinator-session-stamp";

    private const int MinimumLength = 16;

    /// <summary>The stamp file's full path.</summary>
    public string FilePath => Path.Combine(storage.Value.FullDataDirectory, FileName);

    /// <inheritdoc />
    public ValueTask<string> ReadOrCreateAsync(string candidate, CancellationToken cancellationToken) =>
        // A second host process starting at once may win the race to create the file; then its stamp is the one.
        ValueTask.FromResult(TryRead() ?? (SecretFile.TryCreate(FilePath, candidate) ? candidate : TryRead()!));

    /// <inheritdoc />
    public Task ReplaceAsync(string stamp, CancellationToken cancellationToken)
    {
        SecretFile.Replace(FilePath, stamp);
        return Task.CompletedTask;
    }

    /// <summary>The stamp in the file, or null when there is no file.</summary>
    public string? TryRead() =>
        SecretFile.TryRead(FilePath, MinimumLength, "Delete it to have a new stamp made (signs every coordinator out).");
}
