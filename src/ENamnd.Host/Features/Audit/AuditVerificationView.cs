using ENamnd.Persistence.Evidence;

namespace ENamnd.Host.Features.Audit;

/// <summary>
/// The answer of <c>GET /api/audit/verify</c>: whether the evidence is intact, a Swedish summary, how many rows the seal
/// before it took, each table's counts, the first break and how many there are, and the chain's head (its last sequence
/// and hash, to compare with a head kept elsewhere: a chain rewritten wholesale no longer ends in it).
/// </summary>
public sealed record AuditVerificationView(
    bool Intact,
    string Summary,
    DateTimeOffset VerifiedAt,
    int SealedNow,
    IReadOnlyList<AuditTableView> Tables,
    AuditBreakView? FirstBreak,
    long Breaks,
    long HeadSequence,
    string HeadHash)
{
    /// <summary>The view of a verification.</summary>
    public static AuditVerificationView From(EvidenceReport report, int sealedNow, DateTimeOffset verifiedAt)
    {
        var firstBreak = report.FirstBreak is { } found
            ? new AuditBreakView(found.Table, found.RowKey, found.Sequence, found.Kind, AuditTexts.Describe(found.Kind))
            : null;
        return new AuditVerificationView(
            report.Intact,
            AuditTexts.Summary(report),
            verifiedAt,
            sealedNow,
            [.. report.Tables.Select(t => new AuditTableView(t.Table, t.Checked, t.NotYetSealed, t.NotInChain))],
            firstBreak,
            report.Breaks,
            report.HeadSequence,
            report.HeadHash);
    }
}
