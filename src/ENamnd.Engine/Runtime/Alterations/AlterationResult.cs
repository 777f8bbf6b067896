namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// What altering one instance did (Elsa's <c>RunAlterationsResult</c>): its log, whether the instance got work to run,
/// and whether every alteration succeeded. On failure nothing of the instance was changed.
/// </summary>
public sealed record AlterationResult(string WorkflowInstanceId, IReadOnlyList<AlterationLogEntry> Log, bool WorkflowHasScheduledWork, bool IsSuccessful)
{
    /// <summary>The instance after the alterations, when they were applied.</summary>
    public WorkflowInstance? Instance { get; init; }
}
