namespace ENamnd.Persistence.Ledger;

/// <summary>What one batch queued: the keys of the emails and the ids of the once-messages this call wrote (not those written before).</summary>
/// <param name="Sent">The ledger keys recorded, each with its email.</param>
/// <param name="Queued">The ids of the once-messages queued.</param>
public sealed record LedgerBatchResult(IReadOnlyList<LedgerKey> Sent, IReadOnlyList<string> Queued)
{
    /// <summary>Nothing written.</summary>
    public static readonly LedgerBatchResult None = new([], []);

    /// <summary>How many things the batch did.</summary>
    public int Count => Sent.Count + Queued.Count;
}
