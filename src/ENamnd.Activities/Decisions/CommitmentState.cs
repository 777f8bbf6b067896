using ENamnd.Activities.Allocation;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The working state of <see cref="CollectGuaranteeCommitments"/>: the terms, the current split, the open
/// requests and the ledger. Loaded at the start of every step and saved at its end (persisted with the step).
/// </summary>
internal sealed class CommitmentState
{
    private const string Property = "commitments";

    public required CommitmentTerms Terms { get; init; }

    /// <summary>Who answers for each municipality, by code.</summary>
    public Dictionary<string, TaskRecipient> Recipients { get; init; } = [];

    /// <summary>The current split between the municipalities still taking part.</summary>
    public List<AllocationShare> Shares { get; set; } = [];

    /// <summary>Which split <see cref="Shares"/> is: 1 for the first, one more for every re-split.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The open requests (one task each).</summary>
    public List<CommitmentRequest> Requests { get; init; } = [];

    /// <summary>Every answer, in order; replaced commitments are marked, never removed.</summary>
    public List<CommitmentEntry> Ledger { get; init; } = [];

    /// <summary>The codes of the municipalities that withdrew, in order.</summary>
    public List<string> Withdrawn { get; init; } = [];

    /// <summary>The names of the municipalities that joined the case while the round ran, in order.</summary>
    public List<string> Joined { get; init; } = [];

    /// <summary>The state saved by the previous step.</summary>
    public static CommitmentState Load(ActivityExecutionContext context) =>
        context.GetProperty<CommitmentState>(Property) ?? throw new InvalidOperationException("The commitment state is missing from the working state.");

    /// <summary>Checkpoint: stores the state in the execution's working state, committed with the step.</summary>
    public void Save(ActivityExecutionContext context) => context.SetProperty(Property, this);
}
