using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// An instance with the activities of the definition version it runs, by node id (for type versions and names), and,
/// when asked for, its journal as the store keeps it.
/// </summary>
public sealed class InstanceContext
{
    private readonly Dictionary<string, Activity> activities;

    private InstanceContext(WorkflowInstance instance, WorkflowDefinition? definition, IReadOnlyList<JournalEntry> journal)
    {
        Instance = instance;
        Definition = definition;
        Journal = journal;
        activities = definition is null ? [] : Flatten(definition.Root).ToDictionary(a => a.NodeId, StringComparer.Ordinal);
    }

    /// <summary>The instance.</summary>
    public WorkflowInstance Instance { get; }

    /// <summary>The definition version it runs, if it still exists and can be read.</summary>
    public WorkflowDefinition? Definition { get; }

    /// <summary>The instance's journal in sequence order; empty unless loaded with it.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; }

    /// <summary>The version of the activity type at a node; 1 when the node is unknown.</summary>
    public int TypeVersionOf(string nodeId) => activities.TryGetValue(nodeId, out var activity) ? activity.Version : 1;

    /// <summary>The name of the activity at a node, if it has one.</summary>
    public string? NameOf(string nodeId) => activities.GetValueOrDefault(nodeId)?.Name;

    /// <summary>Loads an instance and its definition version; null when the instance does not exist.</summary>
    public static Task<InstanceContext?> LoadAsync(string instanceId, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        LoadAsync(instanceId, instances, definitions, withJournal: false, ct);

    /// <summary>Loads an instance, its definition version and its journal; null when the instance does not exist.</summary>
    public static Task<InstanceContext?> LoadWithJournalAsync(string instanceId, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, CancellationToken ct) =>
        LoadAsync(instanceId, instances, definitions, withJournal: true, ct);

    private static async Task<InstanceContext?> LoadAsync(string instanceId, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, bool withJournal,
        CancellationToken ct)
    {
        if (await instances.FindAsync(instanceId, ct) is not { } instance) return null;
        WorkflowDefinition? definition;
        try
        {
            definition = await definitions.FindByIdAsync(instance.DefinitionVersionId, ct);
        }
        catch (WorkflowValidationException)
        {
            // The journal is still worth showing without type versions.
            definition = null;
        }
        return new InstanceContext(instance, definition, withJournal ? await instances.JournalAsync(instanceId, ct) : []);
    }

    private static IEnumerable<Activity> Flatten(Activity activity) => activity.Children.SelectMany(Flatten).Prepend(activity);
}
