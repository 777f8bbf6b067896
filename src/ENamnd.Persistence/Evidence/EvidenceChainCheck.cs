using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// Checks the evidence chain link by link in sequence order, then the rows outside it, and keeps what it found: the rows
/// checked per table, the first break and how many breaks there are. After a break it goes on from the link as stored,
/// so one tampered row counts once rather than breaking every link after it.
/// </summary>
public sealed class EvidenceChainCheck
{
    private readonly Dictionary<string, Counts> tables = new(StringComparer.Ordinal);
    private string previousHash = EvidenceHash.Genesis;
    private long previousSequence;
    private EvidenceBreak? firstBreak;
    private long breaks;

    /// <summary>Starts a check that reports at least <paramref name="tableNames"/>, in that order.</summary>
    public EvidenceChainCheck(IEnumerable<string> tableNames)
    {
        foreach (var name in tableNames) CountsOf(name);
    }

    /// <summary>Checks the next link and the row it seals (null when no such row exists).</summary>
    public void AddLink(EvidenceLinkRow link, EvidenceRow? row)
    {
        CountsOf(link.TableName).Checked++;
        if (KindOf(link, row) is { } kind) Break(new EvidenceBreak(kind, link.TableName, link.RowKey, link.Sequence), 1);
        previousHash = link.ChainHash;
        previousSequence = link.Sequence;
    }

    /// <summary>Adds the rows of <paramref name="table"/> that no link seals: new ones, and late ones (each a break) from <paramref name="firstLateKey"/> on.</summary>
    public void AddUnsealed(string table, long notYetSealed, long late, long? firstLateKey)
    {
        var counts = CountsOf(table);
        counts.NotYetSealed += notYetSealed;
        counts.NotInChain += late;
        if (late > 0) Break(new EvidenceBreak(EvidenceBreakKind.NotInChain, table, firstLateKey ?? 0, null), late);
    }

    /// <summary>What was found.</summary>
    public EvidenceReport Report() => new(
        [.. tables.Select(t => new EvidenceTableReport(t.Key, t.Value.Checked, t.Value.NotYetSealed, t.Value.NotInChain))],
        previousSequence, previousHash, firstBreak, breaks);

    // What the row says comes first: that names the tampered row itself rather than the link after it.
    private EvidenceBreakKind? KindOf(EvidenceLinkRow link, EvidenceRow? row)
    {
        if (row is null) return EvidenceBreakKind.Missing;
        if (!string.Equals(row.ContentHash, link.ContentHash, StringComparison.Ordinal)) return EvidenceBreakKind.Changed;
        if (link.Sequence != previousSequence + 1 || !string.Equals(link.PreviousHash, previousHash, StringComparison.Ordinal))
            return EvidenceBreakKind.OutOfOrder;
        var expected = EvidenceHash.Link(link.PreviousHash, link.Sequence, link.TableName, link.RowKey, link.ContentHash, link.SealedAt);
        return string.Equals(expected, link.ChainHash, StringComparison.Ordinal) ? null : EvidenceBreakKind.LinkChanged;
    }

    private void Break(EvidenceBreak found, long count)
    {
        firstBreak ??= found;
        breaks += count;
    }

    private Counts CountsOf(string table)
    {
        if (!tables.TryGetValue(table, out var counts)) tables[table] = counts = new Counts();
        return counts;
    }

    private sealed class Counts
    {
        public long Checked;
        public long NotYetSealed;
        public long NotInChain;
    }
}
