using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// When a row outside the chain is new and when it is late. A step's rows carry the step's time and commit moments after
/// it, so a seal may pass over a row whose step was still committing; the next seal takes it. A row written more than
/// <see cref="CommitGrace"/> before the last seal had its chance: it was added afterwards with an earlier time, so no
/// seal takes it and every verification reports it.
/// </summary>
public static class EvidenceSealWindow
{
    /// <summary>How long after its time a row may still be committing: far longer than any step takes.</summary>
    public static TimeSpan CommitGrace { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows outside the chain written before this are late; null while the chain is empty (every row is new).</summary>
    public static DateTimeOffset? LateBefore(EvidenceLinkRow? head) => head?.SealedAt - CommitGrace;
}
