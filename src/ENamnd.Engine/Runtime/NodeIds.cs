using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>Gives every activity an id and a node id the way Elsa does: <c>Workflow1:root</c>, then <c>parent:child</c>.</summary>
public static class NodeIds
{
    /// <summary>The prefix of the root's node id.</summary>
    public const string RootPrefix = "Workflow1";

    /// <summary>Fills in missing ids and node ids below <paramref name="root"/>; existing ones are kept.</summary>
    public static void Assign(Activity root) => Assign(root, RootPrefix);

    private static void Assign(Activity activity, string parentNodeId)
    {
        if (string.IsNullOrEmpty(activity.Id)) activity.Id = IdGenerator.NewShortId();
        if (string.IsNullOrEmpty(activity.NodeId)) activity.NodeId = $"{parentNodeId}:{activity.Id}";
        foreach (var child in activity.Children) Assign(child, activity.NodeId);
    }
}
