using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>A definition ready to run: its activities indexed by node id.</summary>
public sealed class Workflow
{
    private readonly Dictionary<string, Activity> nodes = new(StringComparer.Ordinal);

    private Workflow(WorkflowDefinition definition)
    {
        Definition = definition;
        Index(definition.Root);
    }

    /// <summary>The definition version this workflow runs.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The root activity.</summary>
    public Activity Root => Definition.Root;

    /// <summary>Every activity of the workflow, by node id.</summary>
    public IReadOnlyDictionary<string, Activity> Nodes => nodes;

    /// <summary>Builds the runnable form of a definition, giving ids to nodes that lack them.</summary>
    public static Workflow From(WorkflowDefinition definition)
    {
        NodeIds.Assign(definition.Root);
        return new Workflow(definition);
    }

    /// <summary>The activity with a node id.</summary>
    public Activity GetNode(string nodeId) =>
        nodes.TryGetValue(nodeId, out var activity)
            ? activity
            : throw new InvalidOperationException($"Node '{nodeId}' is not part of {Definition.DefinitionId} v{Definition.Version}.");

    private void Index(Activity activity)
    {
        if (!nodes.TryAdd(activity.NodeId, activity))
            throw new InvalidOperationException($"Node id '{activity.NodeId}' occurs twice in {Definition.DefinitionId}.");
        foreach (var child in activity.Children) Index(child);
    }
}
