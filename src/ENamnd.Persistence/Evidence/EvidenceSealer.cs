using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// Appends a link to the evidence chain for each row of the sealed tables that has none, in short transactions of its
/// own: a step never waits for it and it takes no lock a step takes. Sealers are serialised (on PostgreSQL by an advisory
/// lock held to the commit, on SQLite by its single writer), so hosts sharing a database never append the same sequence.
/// Safe to run at any time, twice, and on several hosts at once.
/// </summary>
public sealed class EvidenceSealer(IDbContextFactory<ENamndDbContext> contexts, DatabaseSettings database, TimeProvider clock, ILogger<EvidenceSealer> logger)
{
    /// <summary>The most rows of each table one transaction seals.</summary>
    public const int BatchSize = 500;

    private const long SealLockKey = 0x45564944454E43; // "EVIDENC"

    /// <summary>Seals every row that is due; returns how many links were appended.</summary>
    public async Task<int> SealAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        EvidenceLinkRow? head = null;
        // The highest key of each table sealed in this run: the next batch reads on from there, so a backlog is read once.
        var sealedUpTo = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await SealBatchAsync(sealedUpTo, cancellationToken) is { Count: > 0 } batch) (total, head) = (total + batch.Count, batch.Head);
        // The head in the log is a copy kept outside the database: a chain rewritten wholesale no longer ends in it.
        if (head is not null)
            logger.LogInformation("Sealed {Count} evidence row(s); the chain's head is link {Sequence} with hash {ChainHash}", total, head.Sequence, head.ChainHash);
        return total;
    }

    // How many links one transaction appended, and the head after them.
    private async Task<(int Count, EvidenceLinkRow? Head)> SealBatchAsync(Dictionary<string, long> sealedUpTo, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SealLockKey})", cancellationToken);
        // Read under the lock: whatever another sealer appended before is the head now.
        var head = await db.EvidenceChain.AsNoTracking().OrderByDescending(l => l.Sequence).FirstOrDefaultAsync(cancellationToken);
        var since = EvidenceSealWindow.LateBefore(head);
        var rows = new List<EvidenceRow>();
        foreach (var table in EvidenceTables.Readers)
        {
            var after = Math.Max(sealedUpTo.GetValueOrDefault(table.Name), await SettledKeyAsync(db, table.Name, since, cancellationToken));
            rows.AddRange(await table.UnsealedAsync(db, since, after, BatchSize, cancellationToken));
        }
        if (rows.Count == 0) return (0, head);
        var sealedAt = EvidenceHash.SealTime(clock.GetUtcNow());
        var (previousHash, sequence) = (head?.ChainHash ?? EvidenceHash.Genesis, head?.Sequence ?? 0);
        // Oldest first; the sort is stable, so rows of the same moment keep the tables' order, then their keys'.
        foreach (var row in rows.OrderBy(r => r.WrittenAt))
        {
            sequence++;
            var link = new EvidenceLinkRow
            {
                Sequence = sequence,
                TableName = row.Table,
                RowKey = row.Key,
                ContentHash = row.ContentHash,
                PreviousHash = previousHash,
                ChainHash = EvidenceHash.Link(previousHash, sequence, row.Table, row.Key, row.ContentHash, sealedAt),
                SealedAt = sealedAt,
            };
            db.EvidenceChain.Add(link);
            (previousHash, head) = (link.ChainHash, link);
            sealedUpTo[row.Table] = Math.Max(sealedUpTo.GetValueOrDefault(row.Table), row.Key);
        }
        // Persistence point: the batch's links are appended together or not at all; a seal that fails leaves its rows to the next.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (rows.Count, head);
    }

    // Keys are handed out in the order steps write their rows, so a row keyed below one that a link sealed before `since`
    // was written before `since` as well: unsealed, it is late and the verifier reports it. The seal reads on from that
    // key, over the recent rows only, which keeps its transaction (on SQLite, the write lock) short however long the tables.
    private static async Task<long> SettledKeyAsync(ENamndDbContext db, string table, DateTimeOffset? since, CancellationToken cancellationToken) =>
        since is { } before
            ? await db.EvidenceChain.Where(l => l.TableName == table && l.SealedAt < before)
                .OrderByDescending(l => l.RowKey).Select(l => l.RowKey).FirstOrDefaultAsync(cancellationToken)
            : 0;
}
