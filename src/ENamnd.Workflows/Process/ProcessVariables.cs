namespace ENamnd.Workflows.Process;

/// <summary>The names of the process's inputs, variables and outputs, as the designer shows them.</summary>
public static class ProcessVariables
{
    /// <summary>Main input: the case title.</summary>
    public const string Title = "titel";

    /// <summary>Main input: the description.</summary>
    public const string Description = "beskrivning";

    /// <summary>Main input: the initiating municipalities (codes).</summary>
    public const string Initiators = "initierandeKommuner";

    /// <summary>Main input: the subprocess versions the case runs, by definition id (pinned when the case starts).</summary>
    public const string SubprocessVersions = "delprocessversioner";

    /// <summary>Main input: the budget of each phase in kronor, by definition id (optional).</summary>
    public const string Budgets = "budgetar";

    /// <summary>Input: where the support documents (templates, checklists) are.</summary>
    public const string DocumentLibrary = "dokumentbibliotek";

    /// <summary>Input: the address of the case's page, for links in the notices.</summary>
    public const string CasePage = "arendesida";

    /// <summary>Subprocess output: why the phase stopped the case, in Swedish (empty otherwise).</summary>
    public const string StopReason = "skal";

    /// <summary>The participating municipalities (codes): carried from phase to phase.</summary>
    public const string Participants = "deltagare";

    /// <summary>Main: the current phase's Swedish name.</summary>
    public const string Phase = "fas";

    /// <summary>Main: how the case ended (empty while it runs).</summary>
    public const string Result = "utfall";

    /// <summary>Main: the last subprocess's output.</summary>
    public const string PhaseOutput = "resultat";

    /// <summary>Main: how the last subprocess ended (Elsa's <c>ExecuteWorkflowResult</c>: its instance, status and <c>output</c>).</summary>
    public const string PhaseRun = "delprocess";

    /// <summary>Subprocess output: the decision that ended the phase (see <see cref="PhaseDecisions"/>).</summary>
    public const string Decision = "beslut";

    /// <summary>Subprocess input: the phase's budget in kronor.</summary>
    public const string Budget = "budget";

    /// <summary>The contract signed in procurement.</summary>
    public const string Contract = "avtal";

    /// <summary>How the yearly management cost is split (an allocation model's name), chosen with the management plan in rollout.</summary>
    public const string FinancingModel = "finansieringsmodell";

    /// <summary>Whether the committee manages the solution jointly (from rollout).</summary>
    public const string JointManagement = "gemensamForvaltning";
}
