using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>One instance as the instance viewer reads it (Elsa's <c>WorkflowInstance</c>, with its <c>workflowState</c>).</summary>
public sealed record WorkflowInstanceDetails(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string? ParentWorkflowInstanceId,
    JsonObject WorkflowState,
    string Status,
    string SubStatus,
    bool IsExecuting,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    bool IsSystem,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The details of an instance.</summary>
    public static WorkflowInstanceDetails From(WorkflowInstance i) => new(
        i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version, i.Parent?.InstanceId, WorkflowStateJson.Of(i),
        i.Status.ToString(), i.SubStatus.ToString(), IsExecuting: false, i.CorrelationId, i.Name, i.Incidents.Count, IsSystem: false,
        i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}
