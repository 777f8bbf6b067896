using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Decisions;

/// <summary>One row of the ledger of guarantee commitments (garantiåtaganden): what a municipality answered for which amount, who signed and when.</summary>
public sealed record CommitmentEntry
{
    /// <summary>The municipality code (kommunkod).</summary>
    public required string Code { get; init; }

    /// <summary>The municipality name.</summary>
    public required string Name { get; init; }

    /// <summary>The share asked of the municipality, in whole kronor.</summary>
    public decimal Amount { get; init; }

    /// <summary>The municipality's maximum (maxbelopp) under the capped model; null otherwise.</summary>
    public decimal? Cap { get; init; }

    /// <summary>The allocation model the share was computed with.</summary>
    public AllocationModel Model { get; init; }

    /// <summary>What the commitment covers in time, e.g. "2023–2025".</summary>
    public string? Validity { get; init; }

    /// <summary>Who answered for the municipality.</summary>
    public string? Signer { get; init; }

    /// <summary>When the answer arrived.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Whether the row holds, was withdrawn or was replaced by a later one.</summary>
    public CommitmentStatus Status { get; init; }

    /// <summary>When a later split replaced the row.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>The municipality's decision reference (body, date, §), when given.</summary>
    public string? Reference { get; init; }

    /// <summary>A comment given with the answer.</summary>
    public string? Comment { get; init; }

    /// <summary>Which split the amount comes from: 1 for the first, one more for every re-split.</summary>
    public int Round { get; init; }

    /// <summary>The task the answer came through.</summary>
    public string? TaskId { get; init; }
}
