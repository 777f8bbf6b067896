using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Resume tokens in memory: the issued ones are the records the in-memory state store committed; uses are kept here.</summary>
public sealed class InMemoryResumeTokenStore(InMemoryWorkflowStateStore state) : IResumeTokenStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> used = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ResumeToken?> FindAsync(string hash, CancellationToken cancellationToken = default)
    {
        var token = Issued(hash);
        lock (gate)
        {
            return Task.FromResult(token is null ? null : token with { UsedAt = used.TryGetValue(hash, out var at) ? at : null });
        }
    }

    /// <inheritdoc />
    public Task<bool> TryUseAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (Issued(hash) is not { } token || token.ExpiresAt <= now) return Task.FromResult(false);
        lock (gate) return Task.FromResult(used.TryAdd(hash, now));
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string hash, CancellationToken cancellationToken = default)
    {
        lock (gate) used.Remove(hash);
        return Task.CompletedTask;
    }

    private ResumeToken? Issued(string hash) => state.Records
        .Where(r => r.Kind == ResumeTokens.RecordKind)
        .Select(r => ValueConverter.Convert<ResumeToken>(r.Payload))
        .FirstOrDefault(t => t is not null && string.Equals(t.Hash, hash, StringComparison.Ordinal));
}
