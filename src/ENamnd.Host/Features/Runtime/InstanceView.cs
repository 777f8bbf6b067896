using ENamnd.Engine.Runtime;

namespace ENamnd.Host.Features.Runtime;

/// <summary>An instance as the API shows it.</summary>
public sealed record InstanceView(
    string Id,
    string DefinitionId,
    int Version,
    string? CorrelationId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    System.Text.Json.Nodes.JsonObject Variables,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<WorkflowIncident> Incidents)
{
    /// <summary>The view of an instance.</summary>
    public static InstanceView From(WorkflowInstance instance) => new(
        instance.Id, instance.DefinitionId, instance.Version, instance.CorrelationId, instance.Status, instance.SubStatus,
        instance.Variables, instance.Bookmarks, instance.Journal, instance.Incidents);
}
