namespace ENamnd.Host.Features.Webhooks;

/// <summary>The event types sent to other systems.</summary>
public static class WebhookEventTypes
{
    /// <summary>A case was started (its main process's first step).</summary>
    public const string CaseStarted = "case.started";

    /// <summary>A case entered a phase of the process.</summary>
    public const string CasePhaseChanged = "case.phase-changed";

    /// <summary>A committee decision (bifall or avslag) came in force: it may be carried out (verkställas).</summary>
    public const string DecisionEffective = "decision.effective";

    /// <summary>A case's process ended: concluded, stopped by a decision, or cancelled.</summary>
    public const string CaseEnded = "case.ended";

    /// <summary>Contract monitoring alerted before a contract's decision deadline, or warned that it ended without a decision.</summary>
    public const string ContractAlert = "contract.alert";

    /// <summary>Every type, for the subscribers' filters.</summary>
    public static IReadOnlyList<string> All { get; } = [CaseStarted, CasePhaseChanged, DecisionEffective, CaseEnded, ContractAlert];
}
