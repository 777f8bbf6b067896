namespace ENamnd.Persistence.Evidence;

/// <summary>What a verification found in one table: sealed rows checked, rows not yet sealed, and rows outside the chain that should be in it.</summary>
public sealed record EvidenceTableReport(string Table, long Checked, long NotYetSealed, long NotInChain);
