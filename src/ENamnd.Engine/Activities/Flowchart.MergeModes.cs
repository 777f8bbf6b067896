using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

public sealed partial class Flowchart
{
    private const string MergeTokensProperty = "mergeTokens";
    private const string BlockedTokensProperty = "blockedTokens";

    /// <summary>The merge mode an activity's <c>customProperties.mergeMode</c> names (any case); <see cref="MergeMode.None"/> when none or unknown.</summary>
    public static MergeMode MergeModeOf(Activity activity) =>
        activity.CustomProperties["mergeMode"] is JsonValue value && value.TryGetValue<string>(out var text)
            && Enum.TryParse<MergeMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : MergeMode.None;

    // A connection fired into a target: joins collect tokens, other activities follow their merge mode (as Elsa's
    // token-based flowchart does; without a mode the target runs on every arrival).
    private void Arrive(ActivityExecutionContext context, Connection connection, Activity target)
    {
        if (target is FlowJoin)
        {
            AddToken(context, connection);
            return;
        }
        switch (MergeModeOf(target))
        {
            case MergeMode.Stream:
                if (!ForwardInbound(target.Id).Any(c => IsRunning(context, c.Source.Activity))) context.ScheduleChild(target);
                break;
            case MergeMode.Merge:
                ArriveAtAll(context, connection, target, ForwardInbound(target.Id));
                break;
            case MergeMode.Converge:
                ArriveAtAll(context, connection, target, Connections.Where(c => c.Target.Activity == target.Id).ToList());
                break;
            case MergeMode.Cascade:
            case MergeMode.Race:
                ArriveAtFirst(context, connection, target, race: MergeModeOf(target) == MergeMode.Race);
                break;
            default:
                context.ScheduleChild(target);
                break;
        }
    }

    // Merge and Converge: the target runs once every required connection has fired since it last ran.
    private static void ArriveAtAll(ActivityExecutionContext context, Connection connection, Activity target, IReadOnlyList<Connection> required)
    {
        if (required.Count <= 1)
        {
            context.ScheduleChild(target);
            return;
        }
        var arrived = TokensOf(context, MergeTokensProperty, target.Id);
        if (arrived.All(k => (string?)k != connection.Key)) arrived.Add(connection.Key);
        if (!required.All(c => arrived.Any(k => (string?)k == c.Key))) return;
        ((JsonObject)context.Properties[MergeTokensProperty]!).Remove(target.Id);
        context.ScheduleChild(target);
    }

    // Cascade and Race: the first arrival runs the target and blocks the other forward inbound connections once; an
    // arrival over a blocked connection only lifts its block. Race also cancels the other inbound branches still running.
    private void ArriveAtFirst(ActivityExecutionContext context, Connection connection, Activity target, bool race)
    {
        var blocked = TokensOf(context, BlockedTokensProperty, target.Id);
        if (race)
        {
            var cancelled = CancelBranchesInto(context, target.Id);
            foreach (var token in blocked.Where(k => cancelled.Any(id => ((string?)k)!.StartsWith(id + ":", StringComparison.Ordinal))).ToList())
                blocked.Remove(token);
        }
        if (blocked.FirstOrDefault(k => (string?)k == connection.Key) is { } block)
        {
            blocked.Remove(block);
            return;
        }
        context.ScheduleChild(target);
        foreach (var other in ForwardInbound(target.Id).Where(c => c.Source.Activity != connection.Source.Activity))
            blocked.Add(other.Key);
    }

    private static JsonArray TokensOf(ActivityExecutionContext context, string property, string targetId)
    {
        if (context.Properties[property] is not JsonObject all) context.Properties[property] = all = [];
        if (all[targetId] is not JsonArray tokens) all[targetId] = tokens = [];
        return tokens;
    }

    /// <summary>Whether an activity of this flowchart is running or has completed without the flowchart having heard of it yet.</summary>
    private static bool IsRunning(ActivityExecutionContext context, string activityId) =>
        context.Children.Any(c => c.Activity.Id == activityId) || context.PendingChildCompletions.Any(c => c.Activity.Id == activityId);
}
