using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Applies the alterations that need nothing but the step itself (all but <see cref="Migrate"/>).</summary>
internal static class AlterationSteps
{
    /// <summary>Applies one alteration to the step's instance, or says why it cannot.</summary>
    public static AlterationOutcome Apply(WorkflowExecutionContext context, Alteration alteration, Func<Model.VariableDefinition, JsonNode?> convert)
    {
        if (!context.IsAlterable)
            return AlterationOutcome.Refused($"Instansen är avslutad ({context.Instance.SubStatus}) och kan inte ändras.");
        return alteration switch
        {
            Cancel => CancelInstance(context),
            CancelActivity c => CancelActivities(context, c),
            ScheduleActivity s => Schedule(context, s),
            ModifyVariable m => SetVariable(context, m, convert),
            _ => AlterationOutcome.Refused($"Ändringstypen {alteration.Type} kan inte användas här."),
        };
    }

    private static AlterationOutcome CancelInstance(WorkflowExecutionContext context)
    {
        context.Reopen();
        // A faulted execution counts as closed; it is cancelled with the rest, so none is left behind.
        foreach (var faulted in context.LiveContexts.Where(c => c.State.Status == ActivityStatus.Faulted)) faulted.State.Status = ActivityStatus.Running;
        context.Finish(WorkflowSubStatus.Cancelled);
        return new AlterationOutcome("Instansen avbröts.");
    }

    private static AlterationOutcome CancelActivities(WorkflowExecutionContext context, CancelActivity alteration)
    {
        var targets = Executions(context, alteration.ActivityId, alteration.ActivityInstanceId);
        if (targets.Count == 0) return AlterationOutcome.Refused(NoExecution(alteration.ActivityId, alteration.ActivityInstanceId));
        context.Reopen();
        foreach (var target in targets) context.CancelAndNotifyParent(target);
        return new AlterationOutcome($"Aktiviteten {targets[0].Activity.Id} avbröts.", Scheduled: true);
    }

    private static AlterationOutcome Schedule(WorkflowExecutionContext context, ScheduleActivity alteration)
    {
        var existing = Executions(context, alteration.ActivityId, alteration.ActivityInstanceId);
        if (alteration.ActivityInstanceId is not null)
        {
            if (existing.Count == 0) return AlterationOutcome.Refused(NoExecution(null, alteration.ActivityInstanceId));
            if (existing[0].State.Status != ActivityStatus.Faulted)
                return AlterationOutcome.Refused($"Körningen {alteration.ActivityInstanceId} har inget fel; den pågår redan och körs inte om.");
        }
        var faulted = existing.Where(c => c.State.Status == ActivityStatus.Faulted).ToList();
        if (faulted.Count > 0)
        {
            context.Reopen();
            foreach (var execution in faulted) context.Retry(execution);
            return new AlterationOutcome($"Aktiviteten {faulted[0].Activity.Id} körs igen där den fick fel.", Scheduled: true);
        }
        var activityId = alteration.ActivityId!;
        if (context.Workflow.Nodes.Values.FirstOrDefault(a => a.Id == activityId) is not { } activity)
            return AlterationOutcome.Refused($"Aktiviteten \"{activityId}\" finns inte i arbetsflödet.");
        // The nearest live ancestor, by node id: a node's id is its parent's followed by ":" and its own id.
        var parent = context.LiveContexts
            .Where(c => activity.NodeId.StartsWith(c.Activity.NodeId + ":", StringComparison.Ordinal))
            .OrderByDescending(c => c.Activity.NodeId.Length)
            .FirstOrDefault();
        if (parent is null) return AlterationOutcome.Refused($"Aktiviteten \"{activityId}\" har ingen pågående förälder att köras i.");
        context.Reopen();
        context.Schedule(activity, parent);
        return new AlterationOutcome($"Aktiviteten {activityId} schemalades.", Scheduled: true);
    }

    private static AlterationOutcome SetVariable(WorkflowExecutionContext context, ModifyVariable alteration, Func<Model.VariableDefinition, JsonNode?> convert)
    {
        var declared = context.Workflow.Definition.Variables.FirstOrDefault(v => v.Id == alteration.VariableId || v.Name == alteration.VariableId);
        if (declared is null && !context.Instance.Variables.ContainsKey(alteration.VariableId))
            return AlterationOutcome.Refused($"Variabeln \"{alteration.VariableId}\" finns inte i arbetsflödet.");
        try
        {
            var value = declared is null ? alteration.Value?.DeepClone() : convert(declared with { Value = alteration.Value?.DeepClone() });
            context.SetVariable(declared?.Name ?? alteration.VariableId, value);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException)
        {
            return AlterationOutcome.Refused($"Värdet passar inte variabeln \"{alteration.VariableId}\" ({declared?.TypeName}): {e.Message}");
        }
        return new AlterationOutcome($"Variabeln {declared?.Name ?? alteration.VariableId} fick ett nytt värde.");
    }

    // The live executions an alteration names: by execution id, or every one of an activity.
    private static List<ActivityExecutionContext> Executions(WorkflowExecutionContext context, string? activityId, string? activityInstanceId) =>
        activityInstanceId is not null
            ? context.FindContext(activityInstanceId) is { } one ? [one] : []
            : [.. context.LiveContexts.Where(c => c.Activity.Id == activityId)];

    private static string NoExecution(string? activityId, string? activityInstanceId) =>
        activityInstanceId is not null
            ? $"Det finns ingen pågående körning med id \"{activityInstanceId}\" i instansen."
            : $"Aktiviteten \"{activityId}\" har ingen pågående körning i instansen.";
}
