using ENamnd.Engine.Model;

namespace ENamnd.Engine.Activities;

public sealed partial class Flowchart
{
    /// <summary>
    /// The connections that lead forward from the start activity, as Elsa's flow graph finds them: breadth first from
    /// the start, every connection except one whose target already leads back to its source (the loop-closing ones).
    /// </summary>
    public IReadOnlyList<Connection> ForwardConnections()
    {
        if (StartActivity is not { } start) return [];
        var accepted = new List<(string Source, string Target)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([start.Id]);
        while (pending.TryDequeue(out var source))
        {
            if (!visited.Add(source)) continue;
            foreach (var target in Connections.Where(c => c.Source.Activity == source).Select(c => c.Target.Activity))
            {
                if (accepted.Contains((source, target)) || Leads(accepted, target, source)) continue;
                accepted.Add((source, target));
                if (!visited.Contains(target)) pending.Enqueue(target);
            }
        }
        return Connections.Where(c => accepted.Contains((c.Source.Activity, c.Target.Activity))).ToList();
    }

    private IReadOnlyList<Connection> ForwardInbound(string activityId) =>
        ForwardConnections().Where(c => c.Target.Activity == activityId).ToList();

    private static bool Leads(List<(string Source, string Target)> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var current))
        {
            if (current == to) return true;
            if (!seen.Add(current)) continue;
            foreach (var (_, next) in edges.Where(e => e.Source == current)) stack.Push(next);
        }
        return false;
    }
}
