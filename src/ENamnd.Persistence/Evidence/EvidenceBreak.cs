namespace ENamnd.Persistence.Evidence;

/// <summary>Where the evidence chain breaks: the row of <paramref name="Table"/> with <paramref name="RowKey"/>, at link <paramref name="Sequence"/> (null for a row outside the chain).</summary>
public sealed record EvidenceBreak(EvidenceBreakKind Kind, string Table, long RowKey, long? Sequence);
