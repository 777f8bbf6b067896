namespace ENamnd.Activities.Contracts;

/// <summary>Where an extension option (förlängningsoption) stands.</summary>
public enum ContractOptionStatus
{
    /// <summary>Not yet decided.</summary>
    Open,

    /// <summary>Used: the contract's end moved by the option's months.</summary>
    Exercised,

    /// <summary>Not used (the contract is let expire or replaced).</summary>
    Declined,
}
