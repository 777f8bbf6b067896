using ENamnd.Persistence.Evidence;
using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence.Tests.Evidence;

/// <summary>The chain computation on its own: what each kind of tampering looks like to the check, link by link.</summary>
public sealed class EvidenceChainCheckTests
{
    private static readonly DateTimeOffset SealedAt = new(2026, 3, 18, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_BeIntactAndCountEachTable_When_NothingWasTouched()
    {
        var (links, rows) = Chain(5);

        var report = Check(links, rows);

        Assert.True(report.Intact);
        Assert.Null(report.FirstBreak);
        Assert.Equal([("decisions", 2L), ("audit", 3L)], report.Tables.Select(t => (t.Table, t.Checked)));
        Assert.Equal((5L, links[^1].ChainHash), (report.HeadSequence, report.HeadHash));
    }

    [Fact]
    public void Should_NameTheRowOnce_When_ItsContentChanged()
    {
        var (links, rows) = Chain(5);
        rows[3] = rows[3]! with { ContentHash = Content("decisions", 2, "förfalskad") };

        var report = Check(links, rows);

        Assert.False(report.Intact);
        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.Changed, "decisions", 2, 4), report.FirstBreak);
        Assert.Equal(1, report.Breaks);
    }

    [Fact]
    public void Should_NameTheRow_When_ItIsGone()
    {
        var (links, rows) = Chain(5);
        rows[1] = null;

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.Missing, "decisions", 1, 2), report.FirstBreak);
    }

    [Fact]
    public void Should_ReportOutOfOrder_When_TwoLinksSwapPlaces()
    {
        var (links, rows) = Chain(5);
        (links[1], links[2]) = (links[2], links[1]);
        (rows[1], rows[2]) = (rows[2], rows[1]);

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.OutOfOrder, "audit", 2, 3), report.FirstBreak);
    }

    [Fact]
    public void Should_ReportOutOfOrder_When_ALinkIsRemoved()
    {
        var (links, rows) = Chain(5);
        links.RemoveAt(3);
        rows.RemoveAt(3);

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.OutOfOrder, "audit", 3, 5), report.FirstBreak);
        Assert.Equal(1, report.Breaks);
    }

    [Fact]
    public void Should_ReportTheLink_When_ItWasChangedToMatchAChangedRow()
    {
        var (links, rows) = Chain(5);
        var forged = Content("decisions", 2, "förfalskad");
        rows[3] = rows[3]! with { ContentHash = forged };
        links[3].ContentHash = forged;

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.LinkChanged, "decisions", 2, 4), report.FirstBreak);
    }

    [Fact]
    public void Should_ReportTheNextLink_When_ALinkWasRehashedWholly()
    {
        var (links, rows) = Chain(5);
        var forged = Content("decisions", 2, "förfalskad");
        rows[3] = rows[3]! with { ContentHash = forged };
        links[3].ContentHash = forged;
        links[3].ChainHash = EvidenceHash.Link(links[3].PreviousHash, 4, "decisions", 2, forged, SealedAt);

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.OutOfOrder, "audit", 3, 5), report.FirstBreak);
    }

    [Fact]
    public void Should_CountRowsOutsideTheChain_When_SomeAreNewAndSomeLate()
    {
        var (links, rows) = Chain(2);
        var check = new EvidenceChainCheck(EvidenceTables.Sealed);
        for (var i = 0; i < links.Count; i++) check.AddLink(links[i], rows[i]);

        check.AddUnsealed("decisions", notYetSealed: 2, late: 0, firstLateKey: null);
        check.AddUnsealed("audit", notYetSealed: 1, late: 3, firstLateKey: 17);
        var report = check.Report();

        Assert.False(report.Intact);
        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.NotInChain, "audit", 17, null), report.FirstBreak);
        Assert.Equal(3, report.Breaks);
        Assert.Equal([new EvidenceTableReport("decisions", 1, 2, 0), new EvidenceTableReport("audit", 1, 1, 3)], report.Tables);
    }

    [Fact]
    public void Should_KeepTheFirstBreak_When_TheChainIsBrokenInSeveralPlaces()
    {
        var (links, rows) = Chain(5);
        rows[3] = null;
        rows[4] = rows[4]! with { ContentHash = Content("audit", 3, "annat") };

        var report = Check(links, rows);

        Assert.Equal(new EvidenceBreak(EvidenceBreakKind.Missing, "decisions", 2, 4), report.FirstBreak);
        Assert.Equal(2, report.Breaks);
    }

    private static EvidenceReport Check(IReadOnlyList<EvidenceLinkRow> links, IReadOnlyList<EvidenceRow?> rows)
    {
        var check = new EvidenceChainCheck(EvidenceTables.Sealed);
        for (var i = 0; i < links.Count; i++) check.AddLink(links[i], rows[i]);
        return check.Report();
    }

    // Links 1..count sealing audit 1, decisions 1, audit 2, decisions 2, …: odd sequences seal audit rows, even ones decisions.
    private static (List<EvidenceLinkRow> Links, List<EvidenceRow?> Rows) Chain(int count)
    {
        var links = new List<EvidenceLinkRow>();
        var rows = new List<EvidenceRow?>();
        var previous = EvidenceHash.Genesis;
        for (var sequence = 1L; sequence <= count; sequence++)
        {
            var table = sequence % 2 == 1 ? "audit" : "decisions";
            var key = (sequence + 1) / 2;
            var content = Content(table, key, "original");
            var chain = EvidenceHash.Link(previous, sequence, table, key, content, SealedAt);
            links.Add(new EvidenceLinkRow
            {
                Sequence = sequence, TableName = table, RowKey = key, ContentHash = content, PreviousHash = previous, ChainHash = chain, SealedAt = SealedAt,
            });
            rows.Add(new EvidenceRow(table, key, SealedAt, content));
            previous = chain;
        }
        return (links, rows);
    }

    private static string Content(string table, long key, string comment) =>
        EvidenceHash.Content(table, [new("id", key), new("comment", comment)]);
}
