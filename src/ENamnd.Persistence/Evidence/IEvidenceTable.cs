namespace ENamnd.Persistence.Evidence;

/// <summary>A table whose rows the evidence chain seals, read for the sealer and the verifier.</summary>
internal interface IEvidenceTable
{
    /// <summary>The table's name, as links record it.</summary>
    string Name { get; }

    /// <summary>
    /// Up to <paramref name="max"/> rows keyed above <paramref name="afterKey"/> that no link seals, written at or after
    /// <paramref name="writtenSince"/> (any time when null), by key.
    /// </summary>
    Task<IReadOnlyList<EvidenceRow>> UnsealedAsync(ENamndDbContext db, DateTimeOffset? writtenSince, long afterKey, int max, CancellationToken cancellationToken);

    /// <summary>The rows with these keys that exist, by key.</summary>
    Task<IReadOnlyDictionary<long, EvidenceRow>> FindAsync(ENamndDbContext db, IReadOnlyList<long> keys, CancellationToken cancellationToken);

    /// <summary>How many rows no link seals, written at or after <paramref name="writtenSince"/> (any time when null).</summary>
    Task<long> CountUnsealedAsync(ENamndDbContext db, DateTimeOffset? writtenSince, CancellationToken cancellationToken);

    /// <summary>How many rows no link seals were written before <paramref name="writtenBefore"/>, and the lowest key among them.</summary>
    Task<(long Count, long? FirstKey)> UnsealedBeforeAsync(ENamndDbContext db, DateTimeOffset writtenBefore, CancellationToken cancellationToken);
}
