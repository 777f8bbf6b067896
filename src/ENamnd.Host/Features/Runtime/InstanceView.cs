using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

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
    /// <summary>The view of an instance with its journal as the store keeps it.</summary>
    public static InstanceView From(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal) => new(
        instance.Id, instance.DefinitionId, instance.Version, instance.CorrelationId, instance.Status, instance.SubStatus,
        instance.Variables, instance.Bookmarks, journal, instance.Incidents);

    /// <summary>The view of an instance, its journal read from <paramref name="instances"/>.</summary>
    public static async Task<InstanceView> ReadAsync(WorkflowInstance instance, IWorkflowInstanceStore instances, CancellationToken cancellationToken) =>
        From(instance, await instances.JournalAsync(instance.Id, cancellationToken));
}
