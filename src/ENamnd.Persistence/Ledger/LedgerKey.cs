namespace ENamnd.Persistence.Ledger;

/// <summary>
/// The idempotency key of one thing done once: what is done (<see cref="Kind"/>, e.g. <c>contract-alert</c>), what it is
/// about (<see cref="Subject"/>, e.g. <c>contract:{id}</c>) and which occasion of it (<see cref="Occasion"/>). The ledger
/// records kind and subject from the key, so they cannot disagree with it. Each feature builds its keys in one factory
/// class whose spellings are pinned by tests: rows already recorded must keep matching <see cref="Value"/>.
/// </summary>
public readonly record struct LedgerKey(string Kind, string Subject, string Occasion)
{
    /// <summary>The stored key, the ledger's primary key: <c>{Kind}:{Occasion}</c>.</summary>
    public string Value => $"{Kind}:{Occasion}";

    /// <inheritdoc />
    public override string ToString() => Value;
}
