using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>Elsa's <c>RunAlterationsResult</c>: one instance's alteration log, whether it got work to run, and whether all succeeded.</summary>
public sealed record RunAlterationsResult(string WorkflowInstanceId, AlterationLog Log, bool WorkflowHasScheduledWork, bool IsSuccessful)
{
    /// <summary>The result of altering one instance.</summary>
    public static RunAlterationsResult From(AlterationResult result) =>
        new(result.WorkflowInstanceId, new AlterationLog(result.Log), result.WorkflowHasScheduledWork, result.IsSuccessful);
}
