namespace ENamnd.Workflows.Process;

/// <summary>What the decision that ends a phase says (a subprocess's <c>beslut</c> output).</summary>
public static class PhaseDecisions
{
    /// <summary>Go on to the next phase.</summary>
    public const string Continue = "Fortsätt";

    /// <summary>Stop the case.</summary>
    public const string Stop = "Stoppa";

    /// <summary>After procurement: the municipalities roll out locally; the committee only manages the contract.</summary>
    public const string LocalRollout = "LokaltInförande";

    /// <summary>At contract end: a new project, starting again with idea qualification.</summary>
    public const string NewProject = "NyttProjekt";

    /// <summary>At contract end: no new project; the case is done.</summary>
    public const string Concluded = "Avslutad";
}
