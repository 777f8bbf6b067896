using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Stores;

/// <summary>
/// Moves the workflows that use a workflow as an activity to its published version, as Elsa does when a workflow marked
/// "usable as activity" and "auto-update consuming workflows" is published (and on <c>update-references</c>): every
/// consumer, nearest first, gets its nodes of the updated workflows pointed at their published versions and is saved
/// again, published when it was published, so consumers further out are moved to the new consumer versions in turn.
/// </summary>
public sealed class WorkflowReferenceUpdater(
    IWorkflowDefinitionStore store, WorkflowReferenceGraph graph, WorkflowDefinitionManager manager, WorkflowDefinitionSerializer serializer)
{
    /// <summary>
    /// Updates the consumers of <paramref name="referenced"/> (when it is published and its options ask for it) and returns the versions saved.
    /// A consumer whose latest version is read-only, or that can no longer be published, is left as it is.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> UpdateConsumersAsync(WorkflowDefinition referenced, CancellationToken cancellationToken = default)
    {
        if (!referenced.IsPublished || !referenced.UsableAsActivity || !referenced.AutoUpdateConsumingWorkflows) return [];
        var targets = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal) { [referenced.DefinitionId] = referenced };
        var updated = new List<WorkflowDefinition>();
        foreach (var consumer in InDependencyOrder(referenced.DefinitionId, await graph.EdgesAsync(referenced.DefinitionId, cancellationToken)))
        {
            if (await UpdateAsync(consumer, targets, cancellationToken) is not { } saved) continue;
            updated.Add(saved);
            if (saved.IsPublished) targets[saved.DefinitionId] = saved;
        }
        return updated;
    }

    private async Task<WorkflowDefinition?> UpdateAsync(string definitionId, Dictionary<string, WorkflowDefinition> targets, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is not { IsReadonly: false } latest) return null;
        // A copy: a store may hand out the object it keeps, and a published version must not change in place.
        var copy = serializer.Parse(serializer.Serialize(latest));
        var changed = false;
        foreach (var node in WorkflowReferenceGraph.WorkflowNodesOf(copy.Root))
        {
            if (!targets.TryGetValue(node.WorkflowDefinitionId, out var target) || node.WorkflowDefinitionVersionId == target.Id) continue;
            node.WorkflowDefinitionVersionId = target.Id;
            node.Version = target.Version;
            node.LatestAvailablePublishedVersionId = target.Id;
            node.LatestAvailablePublishedVersion = target.Version;
            changed = true;
        }
        if (!changed) return null;
        try
        {
            return await manager.SaveAsync(copy, latest.IsPublished, cancellationToken);
        }
        catch (WorkflowValidationException)
        {
            // Elsa's updater skips a consumer it cannot publish; it keeps running the version it had.
            return null;
        }
    }

    // Each consumer after every workflow of the graph it uses, so it is moved to their new versions (Elsa sorts topologically);
    // the members of a cycle come in the order they were found.
    private static List<string> InDependencyOrder(string root, IReadOnlyList<(string Consumer, string Used)> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal) { root };
        var pending = edges.Select(e => e.Consumer).Where(c => c != root).Distinct().ToList();
        var order = new List<string>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(c => edges.Where(e => e.Consumer == c).All(e => done.Contains(e.Used) || e.Used == c)) ?? pending[0];
            pending.Remove(next);
            done.Add(next);
            order.Add(next);
        }
        return order;
    }
}
