using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>A row of the instance list (Elsa's <c>WorkflowInstanceSummary</c>).</summary>
public sealed record WorkflowInstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string Status,
    string SubStatus,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The summary of an instance.</summary>
    public static WorkflowInstanceSummary From(WorkflowInstance i) => new(
        i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version, i.Status.ToString(), i.SubStatus.ToString(), i.CorrelationId, i.Name,
        i.Incidents.Count, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}
