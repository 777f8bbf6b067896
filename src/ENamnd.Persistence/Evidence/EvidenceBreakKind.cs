namespace ENamnd.Persistence.Evidence;

/// <summary>How the evidence chain is broken at a link or row.</summary>
public enum EvidenceBreakKind
{
    /// <summary>The row was changed after it was sealed: its content no longer has the sealed hash.</summary>
    Changed,

    /// <summary>The sealed row is gone.</summary>
    Missing,

    /// <summary>The link does not follow the one before it: links were removed, inserted or reordered.</summary>
    OutOfOrder,

    /// <summary>The link itself was changed: its chain hash does not cover what it holds.</summary>
    LinkChanged,

    /// <summary>A row outside the chain, written long before the last seal: added afterwards.</summary>
    NotInChain,
}
