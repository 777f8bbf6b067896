namespace ENamnd.Activities.Contracts;

/// <summary>The step records of the contract registry; a durable host needs a writer for each.</summary>
public static class ContractRecordKinds
{
    /// <summary>A contract was registered by a workflow (payload: <see cref="ContractRegistration"/>).</summary>
    public const string Registered = "contract.registered";

    /// <summary>The decision at contract end was taken (payload: <see cref="ContractDecision"/>).</summary>
    public const string Decided = "contract.decided";
}
