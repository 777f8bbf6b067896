using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// The designer's Run: which version (by default the latest, the one being edited), a case number and input.
/// <see cref="TriggerActivityId"/> is accepted and ignored: a flowchart chooses its own start activity.
/// </summary>
public sealed record ExecuteWorkflowRequest(string? CorrelationId, string? TriggerActivityId, JsonNode? VersionOptions, JsonObject? Input)
{
    /// <summary>The version options as text (a name or a number).</summary>
    public string? VersionOptionsText => VersionOptionsQuery.TextOf(VersionOptions);
}
