namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Where the coordinator's session stamp is kept: the data directory (SQLite) or the database (PostgreSQL).</summary>
internal interface ICoordinatorSessionStampStore
{
    /// <summary>The stored stamp; when there is none yet, stores <paramref name="candidate"/> unless another process got there first, and returns the one that won.</summary>
    ValueTask<string> ReadOrCreateAsync(string candidate, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="stamp"/> in place of the current one.</summary>
    Task ReplaceAsync(string stamp, CancellationToken cancellationToken);
}
