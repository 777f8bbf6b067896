namespace ENamnd.Persistence.Evidence;

/// <summary>
/// The result of verifying the evidence chain: per table what was checked, the chain's head (its last sequence and chain
/// hash, to compare with a head kept elsewhere), the first break and how many breaks there are.
/// </summary>
public sealed record EvidenceReport(
    IReadOnlyList<EvidenceTableReport> Tables, long HeadSequence, string HeadHash, EvidenceBreak? FirstBreak, long Breaks)
{
    /// <summary>Whether nothing sealed was changed, removed, inserted or reordered.</summary>
    public bool Intact => Breaks == 0;
}
