namespace ENamnd.Host.Features.Audit;

/// <summary>
/// One evidence table in a verification: <paramref name="Checked"/> sealed rows were recomputed, <paramref name="NotYetSealed"/>
/// rows are newer than the last seal, and <paramref name="NotInChain"/> rows are outside the chain though older than it.
/// </summary>
public sealed record AuditTableView(string Table, long Checked, long NotYetSealed, long NotInChain);
