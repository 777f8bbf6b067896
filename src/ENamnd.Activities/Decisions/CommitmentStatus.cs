namespace ENamnd.Activities.Decisions;

/// <summary>Where a row of the commitment ledger stands.</summary>
public enum CommitmentStatus
{
    /// <summary>The municipality committed to this amount, and the commitment holds.</summary>
    Committed,

    /// <summary>The municipality declined to commit (avstår) and has left the split.</summary>
    Withdrawn,

    /// <summary>The commitment was replaced: the cost was re-split after a withdrawal and the municipality was asked again.</summary>
    Superseded,
}
