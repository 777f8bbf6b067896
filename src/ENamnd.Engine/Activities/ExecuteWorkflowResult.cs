using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// What <see cref="ExecuteWorkflow"/> gives as its result (Elsa's <c>ExecuteWorkflowResult</c>): the child instance, how far
/// it got and its output. Stored as JSON with Elsa's names (<c>workflowInstanceId</c>, <c>status</c>, <c>subStatus</c>,
/// <c>output</c> …), so a script reads the child's output as <c>result.output.Name</c>.
/// </summary>
public sealed record ExecuteWorkflowResult
{
    /// <summary>The id of the definition version the child ran, when known.</summary>
    public string? WorkflowDefinitionVersionId { get; init; }

    /// <summary>The child instance's id.</summary>
    public string WorkflowInstanceId { get; init; } = "";

    /// <summary>The child's correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Whether the child has ended.</summary>
    public WorkflowStatus Status { get; init; }

    /// <summary>How the child ended, or where it is.</summary>
    public WorkflowSubStatus SubStatus { get; init; }

    /// <summary>The child's output (its workflow outputs by name); none while it runs.</summary>
    public JsonObject? Output { get; init; }
}
