using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Selects instances; a null criterion matches everything.</summary>
public sealed record WorkflowInstanceFilter(string? DefinitionId = null, string? CorrelationId = null, WorkflowStatus? Status = null, string? DefinitionVersionId = null)
{
    /// <summary>Whether an instance matches.</summary>
    public bool Matches(WorkflowInstance instance) =>
        (DefinitionId is null || instance.DefinitionId == DefinitionId)
        && (CorrelationId is null || instance.CorrelationId == CorrelationId)
        && (Status is null || instance.Status == Status)
        && (DefinitionVersionId is null || instance.DefinitionVersionId == DefinitionVersionId);
}
