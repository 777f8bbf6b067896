using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Runs one activity of a definition on its own (Elsa's activity test, the designer's Test tab): in a throwaway instance
/// of a copy of the definition whose root is the activity, with the definition's variable test values. Nothing of the
/// run is committed: no instance, bookmark or journal is stored and the step's outbox is never sent.
/// </summary>
public sealed class ActivityTestRunner(WorkflowExecutor executor, WorkflowDefinitionSerializer serializer)
{
    /// <summary>The custom property in which the designer keeps the variables' test values, by variable id.</summary>
    public const string VariableTestValues = "VariableTestValues";

    /// <summary>Runs the first activity <paramref name="select"/> picks; null when it picks none.</summary>
    public async Task<ActivityTestResult?> RunAsync(WorkflowDefinition definition, Func<Activity, bool> select, CancellationToken cancellationToken = default)
    {
        // A private copy: the activity becomes the root of a workflow of its own, which must not touch the stored definition.
        var copy = serializer.Parse(serializer.Serialize(definition));
        if (Workflow.From(copy).Nodes.Values.FirstOrDefault(select) is not { } activity) return null;
        copy.Root = activity;
        var workflow = Workflow.From(copy);
        var instance = executor.CreateInstance(workflow, IdGenerator.NewId());
        var testValues = copy.CustomProperties[VariableTestValues] as JsonObject;
        foreach (var variable in copy.Variables)
        {
            if (testValues?.TryGetPropertyValue(string.IsNullOrEmpty(variable.Id) ? variable.Name : variable.Id, out var value) == true)
                instance.Variables[variable.Name] = value?.DeepClone();
        }
        var step = await executor.StartAsync(workflow, instance, cancellationToken: cancellationToken);
        var own = step.NewJournalEntries.Where(e => e.ActivityId == activity.Id).ToList();
        var incident = instance.Incidents.LastOrDefault();
        var status = incident is not null ? ActivityStatus.Faulted
            : instance.SubStatus == WorkflowSubStatus.Cancelled ? ActivityStatus.Cancelled
            : instance.Bookmarks.Count > 0 ? ActivityStatus.Running
            : ActivityStatus.Completed;
        return new ActivityTestResult(
            status,
            (JsonObject?)own.LastOrDefault(e => e.ActivityState is not null)?.ActivityState?.DeepClone() ?? [],
            (JsonObject?)instance.ActivityOutputs[activity.Id]?.DeepClone(),
            own.LastOrDefault(e => e.Outcomes is not null)?.Outcomes ?? [],
            incident,
            [.. instance.Bookmarks],
            step.NewJournalEntries);
    }
}
