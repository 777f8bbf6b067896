using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Elsa's dispatch: which version (by default the published one), an instance id of the caller's choosing (one is made
/// otherwise), a case number and input. <see cref="TriggerActivityId"/> and <see cref="Channel"/> are accepted and ignored:
/// a flowchart chooses its own start activity, and there is one queue.
/// </summary>
public sealed record DispatchWorkflowRequest(
    string? InstanceId, string? CorrelationId, string? TriggerActivityId, JsonNode? VersionOptions, JsonObject? Input, string? Channel)
{
    /// <summary>The version options as text (a name or a number).</summary>
    public string? VersionOptionsText => VersionOptionsQuery.TextOf(VersionOptions);
}
