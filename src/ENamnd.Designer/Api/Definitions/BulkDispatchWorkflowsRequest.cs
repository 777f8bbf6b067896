using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Elsa's bulk dispatch: how many instances to start (1 when not given), which version (by default the published one),
/// their input and a case number for all of them. <see cref="TriggerActivityId"/> is accepted and ignored, as in a dispatch.
/// </summary>
public sealed record BulkDispatchWorkflowsRequest(int? Count, JsonNode? VersionOptions, string? TriggerActivityId, JsonObject? Input, string? CorrelationId)
{
    /// <summary>The version options as text (a name or a number).</summary>
    public string? VersionOptionsText => VersionOptionsQuery.TextOf(VersionOptions);
}
