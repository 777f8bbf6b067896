using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Stores;

/// <summary>
/// Which workflows use which as an activity (Elsa's workflow reference graph): a workflow consumes another when its
/// latest (or published) editable version holds a node of that workflow, outside other workflow nodes. Consumers are
/// followed transitively: the consumers of a consumer consume the workflow too.
/// </summary>
public sealed class WorkflowReferenceGraph(IWorkflowDefinitionStore store)
{
    /// <summary>The definition ids that use <paramref name="definitionId"/>, directly or through others, nearest first; never the workflow itself.</summary>
    public async Task<IReadOnlyList<string>> ConsumersOfAsync(string definitionId, CancellationToken cancellationToken = default) =>
        [.. (await EdgesAsync(definitionId, cancellationToken)).Select(e => e.Consumer).Where(c => c != definitionId).Distinct()];

    /// <summary>
    /// The references that lead to <paramref name="definitionId"/>: each consumer with the workflow it uses, nearest first.
    /// Cycles are followed once.
    /// </summary>
    public async Task<IReadOnlyList<(string Consumer, string Used)>> EdgesAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var uses = await UsesAsync(cancellationToken);
        var edges = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { definitionId };
        var queue = new Queue<string>([definitionId]);
        while (queue.TryDequeue(out var used))
        {
            foreach (var (consumer, _) in uses.Where(u => u.Value.Contains(used)).OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                edges.Add((consumer, used));
                if (seen.Add(consumer)) queue.Enqueue(consumer);
            }
        }
        return edges;
    }

    /// <summary>The workflow nodes of <paramref name="root"/>, not those inside a workflow node (that workflow's own are its business).</summary>
    public static IEnumerable<WorkflowDefinitionActivity> WorkflowNodesOf(Activity root) =>
        root.Children.SelectMany(child => child is WorkflowDefinitionActivity node ? [node] : WorkflowNodesOf(child));

    // Per definition (its newest latest-or-published editable version), the definitions it places as activities.
    private async Task<Dictionary<string, HashSet<string>>> UsesAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(null, VersionOptions.LatestOrPublished, cancellationToken))
            .Where(d => !d.IsReadonly)
            .GroupBy(d => d.DefinitionId)
            .Select(g => g.MaxBy(d => d.Version)!)
            .ToDictionary(d => d.DefinitionId, d => WorkflowNodesOf(d.Root).Select(n => n.WorkflowDefinitionId).ToHashSet(StringComparer.Ordinal));
}
