namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Sorts the nodes of a directed graph into layers: edges that close a loop are set aside, every other edge goes
/// from a lower layer to a higher one (a node sits one layer after its furthest predecessor), and within a layer
/// nodes follow the mean position of their predecessors, then their own order.
/// </summary>
public static class FlowchartLayers
{
    /// <summary>The layers of nodes <c>0..count-1</c> joined by <paramref name="edges"/>, each a list of node indexes.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Of(int count, IReadOnlyList<(int Source, int Target)> edges)
    {
        var outgoing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var incoming = new int[count];
        foreach (var (source, target) in edges)
        {
            outgoing[source].Add(target);
            incoming[target]++;
        }
        var forward = ForwardEdges(count, outgoing, incoming);
        var layerOf = LongestPathLayers(count, forward);
        return Order(count, forward, layerOf);
    }

    // Depth first from the nodes nothing points at (then from any node not reached): an edge to a node still on the
    // path is a loop (a return for revision, a new round) and is left out.
    private static List<int>[] ForwardEdges(int count, List<int>[] outgoing, int[] incoming)
    {
        var forward = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var state = new byte[count]; // 0 unseen, 1 on the path, 2 done
        var roots = Enumerable.Range(0, count).Where(n => incoming[n] == 0).Concat(Enumerable.Range(0, count));
        foreach (var root in roots)
        {
            if (state[root] != 0) continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next == outgoing[node].Count)
                {
                    state[node] = 2;
                    continue;
                }
                stack.Push((node, next + 1));
                var target = outgoing[node][next];
                if (state[target] == 1) continue;
                if (!forward[node].Contains(target)) forward[node].Add(target);
                if (state[target] != 0) continue;
                state[target] = 1;
                stack.Push((target, 0));
            }
        }
        return forward;
    }

    private static int[] LongestPathLayers(int count, List<int>[] forward)
    {
        var remaining = new int[count];
        foreach (var targets in forward)
            foreach (var target in targets) remaining[target]++;
        var layerOf = new int[count];
        var ready = new Queue<int>(Enumerable.Range(0, count).Where(n => remaining[n] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var target in forward[node])
            {
                layerOf[target] = Math.Max(layerOf[target], layerOf[node] + 1);
                if (--remaining[target] == 0) ready.Enqueue(target);
            }
        }
        return layerOf;
    }

    private static List<IReadOnlyList<int>> Order(int count, List<int>[] forward, int[] layerOf)
    {
        var predecessors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var source = 0; source < count; source++)
            foreach (var target in forward[source]) predecessors[target].Add(source);
        var slotOf = new double[count];
        var layers = new List<IReadOnlyList<int>>();
        foreach (var group in Enumerable.Range(0, count).GroupBy(n => layerOf[n]).OrderBy(g => g.Key))
        {
            var column = group
                .OrderBy(n => predecessors[n].Count > 0 ? predecessors[n].Average(p => slotOf[p]) : double.MaxValue)
                .ThenBy(n => n)
                .ToList();
            for (var slot = 0; slot < column.Count; slot++) slotOf[column[slot]] = slot - (column.Count - 1) / 2.0;
            layers.Add(column);
        }
        return layers;
    }
}
