using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// Recomputes the evidence chain in one streaming pass: links in sequence order, a batch at a time with the rows they seal,
/// then counts the rows outside the chain. Memory holds one batch, however long the chain. Reads only; seal first to
/// check the newest rows too.
/// </summary>
public sealed class EvidenceVerifier(IDbContextFactory<ENamndDbContext> contexts, ILogger<EvidenceVerifier> logger)
{
    /// <summary>How many links one read takes.</summary>
    public const int BatchSize = 1000;

    /// <summary>Verifies the chain and the sealed tables.</summary>
    public async Task<EvidenceReport> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = new EvidenceChainCheck(EvidenceTables.Sealed);
        EvidenceLinkRow? head = null;
        while (true)
        {
            var after = head?.Sequence ?? 0;
            var links = await db.EvidenceChain.AsNoTracking().Where(l => l.Sequence > after).OrderBy(l => l.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (links.Count == 0) break;
            var rows = await RowsOfAsync(db, links, cancellationToken);
            foreach (var link in links) check.AddLink(link, rows.GetValueOrDefault((link.TableName, link.RowKey)));
            head = links[^1];
        }
        var lateBefore = EvidenceSealWindow.LateBefore(head);
        foreach (var table in EvidenceTables.Readers)
        {
            var notYetSealed = await table.CountUnsealedAsync(db, lateBefore, cancellationToken);
            var (late, firstLate) = lateBefore is { } before ? await table.UnsealedBeforeAsync(db, before, cancellationToken) : (0, null);
            check.AddUnsealed(table.Name, notYetSealed, late, firstLate);
        }
        var report = check.Report();
        if (report.FirstBreak is { } found)
            logger.LogWarning("The evidence chain is broken: {Kind} at {Table} row {RowKey} (link {Sequence}), {Breaks} break(s) in all",
                found.Kind, found.Table, found.RowKey, found.Sequence, report.Breaks);
        return report;
    }

    // The rows a batch of links seals; a link to a table that is not sealed finds no row.
    private static async Task<Dictionary<(string, long), EvidenceRow>> RowsOfAsync(
        ENamndDbContext db, IReadOnlyList<EvidenceLinkRow> links, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, long), EvidenceRow>();
        foreach (var table in EvidenceTables.Readers)
        {
            var keys = links.Where(l => l.TableName == table.Name).Select(l => l.RowKey).ToList();
            if (keys.Count == 0) continue;
            foreach (var row in (await table.FindAsync(db, keys, cancellationToken)).Values) rows[(row.Table, row.Key)] = row;
        }
        return rows;
    }
}
