using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>Finds what would stop a definition from running: dangling connections, duplicate ids, bad expressions.</summary>
public sealed class WorkflowValidator(IEnumerable<IExpressionEvaluator> evaluators)
{
    private readonly Dictionary<string, IExpressionEvaluator> bySyntax = evaluators.ToDictionary(e => e.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The problems of a definition, one readable line each; empty when it can run.</summary>
    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var errors = new List<string>();
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        Visit(definition.Root, errors, nodeIds);
        return errors;
    }

    private void Visit(Activity activity, List<string> errors, HashSet<string> nodeIds)
    {
        if (!nodeIds.Add(activity.NodeId)) errors.Add($"{Describe(activity)}: nod-id '{activity.NodeId}' förekommer flera gånger.");
        foreach (var (name, expression) in ExpressionsOf(activity))
        {
            var problem = bySyntax.TryGetValue(expression.Type, out var evaluator)
                ? evaluator.Check(expression)
                : $"okänd uttryckstyp '{expression.Type}'";
            if (problem is not null) errors.Add($"{Describe(activity)}, {name}: {problem}");
        }
        if (activity is Flowchart flowchart) CheckConnections(flowchart, errors);
        foreach (var child in activity.Children) Visit(child, errors, nodeIds);
    }

    private static void CheckConnections(Flowchart flowchart, List<string> errors)
    {
        var ids = flowchart.Activities.Select(a => a.Id).ToList();
        foreach (var duplicate in ids.GroupBy(id => id).Where(g => g.Count() > 1))
            errors.Add($"{Describe(flowchart)}: aktivitets-id '{duplicate.Key}' förekommer flera gånger.");
        foreach (var connection in flowchart.Connections)
        {
            foreach (var end in new[] { connection.Source.Activity, connection.Target.Activity }.Where(e => !ids.Contains(e)))
                errors.Add($"{Describe(flowchart)}: kopplingen {connection.Source.Activity} → {connection.Target.Activity} pekar på '{end}', som inte finns.");
        }
    }

    private static IEnumerable<(string Name, Expression Expression)> ExpressionsOf(Activity activity)
    {
        foreach (var input in ActivityProperties.Of(activity.GetType()).Inputs)
        {
            switch (input.Property.GetValue(activity))
            {
                case Input wrapped:
                    yield return (input.Property.Name, wrapped.Expression);
                    break;
                case IEnumerable<SwitchCase> cases:
                    foreach (var @case in cases) yield return ($"{input.Property.Name} '{@case.Label}'", @case.Condition);
                    break;
            }
        }
    }

    private static string Describe(Activity activity) => $"Aktiviteten '{activity.Name ?? activity.Id}' ({activity.Type})";
}
