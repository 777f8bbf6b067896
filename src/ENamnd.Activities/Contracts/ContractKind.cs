namespace ENamnd.Activities.Contracts;

/// <summary>The kind of a contract the committee signs.</summary>
public enum ContractKind
{
    /// <summary>A framework agreement (ramavtal).</summary>
    Ramavtal,

    /// <summary>A joint contract (gemensamt avtal) for the participating municipalities.</summary>
    GemensamtAvtal,
}
