using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>
/// The resume link tokens steps stored (as <see cref="ResumeTokens.RecordKind"/> records), looked up by hash. A token is
/// used once: of two concurrent uses exactly one succeeds.
/// </summary>
public interface IResumeTokenStore
{
    /// <summary>The token with this hash, used or not; null when there is none.</summary>
    Task<ResumeToken?> FindAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Marks the token used at <paramref name="now"/> if it is unused and unexpired then; false when another use came first or it expired.</summary>
    Task<bool> TryUseAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Makes a used token usable again, for a use whose resume failed before anything was committed.</summary>
    Task ReleaseAsync(string hash, CancellationToken cancellationToken = default);
}
