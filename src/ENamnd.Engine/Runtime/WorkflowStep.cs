using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Everything one execution step changed: the instance state, bookmark changes, new journal
/// entries, outgoing messages, what caused the step, and signals to other instances. A store commits it as one unit.
/// </summary>
public sealed record WorkflowStep(
    WorkflowInstance Instance,
    IReadOnlyList<Bookmark> AddedBookmarks,
    IReadOnlyList<string> RemovedBookmarkIds,
    IReadOnlyList<JournalEntry> NewJournalEntries,
    IReadOnlyList<PendingSignal> Signals)
{
    /// <summary>Messages to send once the step is committed.</summary>
    public IReadOnlyList<OutboxMessage> Outbox { get; init; } = [];

    /// <summary>Facts written in the step's transaction.</summary>
    public IReadOnlyList<StepRecord> Records { get; init; } = [];

    /// <summary>What caused the step.</summary>
    public AuditEntry? Audit { get; init; }

    /// <summary>
    /// Whether the step only moved an existing instance on (a resume, new variable values, a cancel): it added no instance
    /// and moved none to another definition version, as a start, an import or an alteration may.
    /// </summary>
    public bool KeepsInstanceIdentity => Audit?.Action is "resume" or "variables" or "cancel";

    /// <summary>The instance's sub-status when the step began.</summary>
    public WorkflowSubStatus SubStatusBefore { get; init; }

    /// <summary>The values, from before the step, of the variables it set (a variable set twice shows its first value).</summary>
    public IReadOnlyDictionary<string, JsonNode?> VariablesBefore { get; init; } = new Dictionary<string, JsonNode?>();
}
