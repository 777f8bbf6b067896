using ENamnd.Persistence.Evidence;

namespace ENamnd.Host.Features.Audit;

/// <summary>Where the evidence chain breaks first: the row's table and key, its link (none for a row outside the chain), what is wrong, and that in Swedish.</summary>
public sealed record AuditBreakView(string Table, long RowKey, long? Sequence, EvidenceBreakKind Kind, string Description);
