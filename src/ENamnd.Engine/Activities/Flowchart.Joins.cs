using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

public sealed partial class Flowchart
{
    private const string TokensProperty = "joinTokens";
    private const string DiscardedProperty = "discardedCompletions";

    // Invariant: the flowchart's working state holds, per join id, the keys of the inbound
    // connections that have fired since the join last ran.
    private static void AddToken(ActivityExecutionContext context, Connection connection)
    {
        if (context.Properties[TokensProperty] is not JsonObject tokens) context.Properties[TokensProperty] = tokens = [];
        if (tokens[connection.Target.Activity] is not JsonArray arrived) tokens[connection.Target.Activity] = arrived = [];
        if (arrived.All(k => (string?)k != connection.Key)) arrived.Add(connection.Key);
    }

    private void RunReadyJoins(ActivityExecutionContext context)
    {
        if (context.Properties[TokensProperty] is not JsonObject tokens) return;
        foreach (var (joinId, node) in tokens.ToList())
        {
            var arrived = (node as JsonArray)?.Select(k => (string?)k).ToHashSet() ?? [];
            if (arrived.Count == 0 || Activities.FirstOrDefault(a => a.Id == joinId) is not FlowJoin join) continue;
            // WaitAll and WaitAllActive both wait for the branches that were activated and can still arrive.
            var waitAny = context.Get(join.Mode) == JoinMode.WaitAny;
            var ready = waitAny || Connections
                .Where(c => c.Target.Activity == joinId && !arrived.Contains(c.Key))
                .All(c => !CanStillArrive(context, c.Source.Activity, joinId));
            if (!ready) continue;
            tokens.Remove(joinId);
            if (waitAny) CancelBranchesInto(context, joinId);
            context.ScheduleChild(join);
        }
    }

    /// <summary>Whether a live activity, or one whose completion is still queued, can reach <paramref name="source"/> without passing the join.</summary>
    private bool CanStillArrive(ActivityExecutionContext context, string source, string joinId) =>
        context.Children.Select(c => c.Activity.Id)
            .Concat(context.PendingChildCompletions.Select(c => c.Activity.Id))
            .Any(id => id != joinId && Reaches(id, source, joinId));

    // Cancels the branches still running into a join or race target; returns the ids of the activities cancelled.
    private List<string> CancelBranchesInto(ActivityExecutionContext context, string joinId)
    {
        var cancelled = new List<string>();
        foreach (var child in context.Children.Where(c => c.Activity.Id != joinId && Reaches(c.Activity.Id, joinId, avoid: null)).ToList())
        {
            context.CancelChild(child);
            cancelled.Add(child.Activity.Id);
        }
        // A branch that already completed in this step cannot be cancelled; its queued completion is discarded instead.
        foreach (var pending in context.PendingChildCompletions.Where(c => c.Activity.Id != joinId && Reaches(c.Activity.Id, joinId, avoid: null)))
        {
            if (context.Properties[DiscardedProperty] is not JsonArray discarded) context.Properties[DiscardedProperty] = discarded = [];
            discarded.Add(pending.ContextId);
            cancelled.Add(pending.Activity.Id);
        }
        return cancelled;
    }

    /// <summary>Whether a child's completion belongs to a cancelled branch; it is then forgotten.</summary>
    private static bool TakeDiscarded(ActivityExecutionContext context, string contextId)
    {
        if (context.Properties[DiscardedProperty] is not JsonArray discarded) return false;
        var entry = discarded.FirstOrDefault(n => (string?)n == contextId);
        if (entry is null) return false;
        discarded.Remove(entry);
        if (discarded.Count == 0) context.Properties.Remove(DiscardedProperty);
        return true;
    }

    private bool Reaches(string from, string to, string? avoid)
    {
        var seen = new HashSet<string> { from };
        var pending = new Queue<string>([from]);
        while (pending.TryDequeue(out var current))
        {
            if (current == to) return true;
            if (current == avoid) continue;
            foreach (var next in Connections.Where(c => c.Source.Activity == current).Select(c => c.Target.Activity))
            {
                if (seen.Add(next)) pending.Enqueue(next);
            }
        }
        return false;
    }
}
