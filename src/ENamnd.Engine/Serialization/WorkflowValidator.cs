using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>
/// Finds what would stop a definition from running: dangling connections, duplicate ids, bad expressions (errors); and
/// what would stop a run that reaches it, such as activity types the engine lacks (warnings).
/// </summary>
public sealed class WorkflowValidator(IEnumerable<IExpressionEvaluator> evaluators)
{
    private readonly Dictionary<string, IExpressionEvaluator> bySyntax = evaluators.ToDictionary(e => e.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest name a definition may have.</summary>
    public const int MaxNameLength = 300;

    /// <summary>The longest description a definition may have.</summary>
    public const int MaxDescriptionLength = 10_000;

    /// <summary>The longest id or definition id.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The problems of a definition, one readable line each; empty when it can run.</summary>
    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var errors = IdentityProblems(definition).Concat(LogPersistenceProblems(definition)).ToList();
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        Visit(definition.Root, errors, nodeIds);
        return errors;
    }

    /// <summary>
    /// What does not stop a definition from being saved or published but would stop a run that reaches it, one readable
    /// line each: nodes whose activity type the engine lacks (kept as placeholders, see <see cref="NotFoundActivity"/>).
    /// </summary>
    public static IReadOnlyList<string> Warnings(WorkflowDefinition definition) =>
        Below(definition.Root).OfType<NotFoundActivity>()
            .Select(p => $"Aktiviteten '{p.Name ?? p.Id}': {p.Problem}. Den behålls som den är, men arbetsflödet stoppas med ett fel om den körs.")
            .ToList();

    /// <summary>
    /// What stops even a draft from being saved: the <see cref="IdentityProblems"/>, and expressions in a syntax turned off
    /// here (C# unless the administrator turns it on), whose message says how to turn it on. A draft may be incomplete,
    /// but one that could never run here is refused at once rather than at publishing.
    /// </summary>
    public IReadOnlyList<string> DraftProblems(WorkflowDefinition definition)
    {
        var errors = IdentityProblems(definition).Concat(LogPersistenceProblems(definition)).ToList();
        foreach (var activity in Below(definition.Root))
        {
            foreach (var (name, expression, _) in ExpressionsOf(activity))
            {
                if (bySyntax.TryGetValue(expression.Type, out var evaluator) && !evaluator.IsEnabled && evaluator.Check(expression) is { } problem)
                    errors.Add($"{Describe(activity)}, {name}: {problem}");
            }
        }
        return errors;
    }

    private static IEnumerable<Activity> Below(Activity activity) => activity.Children.SelectMany(Below).Prepend(activity);

    /// <summary>
    /// What is wrong with the ids, name and description a definition is saved under, draft or not: ids are ASCII
    /// letters and digits, '-', '_' and '.' (they travel in URLs and the <c>Location</c> header), the name is one line.
    /// Checked when a definition is saved, not when a stored one is read, so nothing already stored turns unreadable.
    /// </summary>
    public static IReadOnlyList<string> IdentityProblems(WorkflowDefinition definition)
    {
        var errors = new List<string>();
        foreach (var (key, id) in new[] { ("id", definition.Id), ("definitionId", definition.DefinitionId) })
        {
            if (id.Length > 0 && !IsSafeId(id))
                errors.Add($"{key}: '{Shorten(id)}' får bara innehålla bokstäverna a–z och A–Z, siffror, '-', '_' och '.', börja med en bokstav eller siffra och vara högst {MaxIdLength} tecken.");
        }
        if (definition.Name is { } name && (name.Length > MaxNameLength || name.Any(char.IsControl)))
            errors.Add($"name: namnet får vara högst {MaxNameLength} tecken och inte innehålla radbrytningar eller styrtecken.");
        if (definition.Description is { } description && (description.Length > MaxDescriptionLength || description.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))))
            errors.Add($"description: beskrivningen får vara högst {MaxDescriptionLength} tecken och inte innehålla styrtecken.");
        return errors;
    }

    /// <summary>
    /// What cannot be read in the log persistence settings of the workflow and its activities (an unknown mode or
    /// strategy): refused at saving, draft or not, rather than ignored when the workflow runs.
    /// </summary>
    public static IReadOnlyList<string> LogPersistenceProblems(WorkflowDefinition definition) =>
        [
            .. LogPersistenceSettings.Problems(definition.CustomProperties).Select(p => $"customProperties.{p}"),
            .. Below(definition.Root).SelectMany(a => LogPersistenceSettings.Problems(a.CustomProperties).Select(p => $"{Describe(a)}, customProperties.{p}")),
        ];

    /// <summary>Whether <paramref name="id"/> may name a definition or a version (see <see cref="IdentityProblems"/>).</summary>
    public static bool IsSafeId(string id) =>
        id.Length is > 0 and <= MaxIdLength && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void Visit(Activity activity, List<string> errors, HashSet<string> nodeIds)
    {
        if (!nodeIds.Add(activity.NodeId)) errors.Add($"{Describe(activity)}: nod-id '{activity.NodeId}' förekommer flera gånger.");
        foreach (var (name, expression, valueType) in ExpressionsOf(activity))
        {
            var problem = bySyntax.TryGetValue(expression.Type, out var evaluator)
                ? evaluator.Check(expression) ?? LiteralProblem(expression, valueType)
                : $"okänd uttryckstyp '{expression.Type}'";
            if (problem is not null) errors.Add($"{Describe(activity)}, {name}: {problem}");
        }
        foreach (var problem in activity.Check()) errors.Add($"{Describe(activity)}: {problem}");
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

    private static IEnumerable<(string Name, Expression Expression, Type ValueType)> ExpressionsOf(Activity activity)
    {
        foreach (var input in ActivityProperties.Of(activity.GetType()).Inputs)
        {
            switch (input.Property.GetValue(activity))
            {
                case Input { Expression: { Type: ExpressionTypes.Literal, Text: { Length: > 0 } source } } when input.Attribute?.SourceSyntax is { } syntax:
                    yield return (input.Property.Name, new Expression(syntax, JsonValue.Create(source)), input.ValueType);
                    break;
                case Input wrapped:
                    yield return (input.Property.Name, wrapped.Expression, input.ValueType);
                    break;
                case IEnumerable<SwitchCase> cases:
                    foreach (var @case in cases) yield return ($"{input.Property.Name} '{@case.Label}'", @case.Condition, typeof(bool));
                    break;
                case IEnumerable<SwitchBranch> branches:
                    foreach (var branch in branches) yield return ($"{input.Property.Name} '{branch.Label}'", branch.Condition, typeof(bool));
                    break;
            }
        }
    }

    // A literal is known at publishing: one that the input cannot take (a deadline of "2022-13-01") is refused now,
    // not when the activity runs. An empty literal is no value (the input's default applies).
    private static string? LiteralProblem(Expression expression, Type valueType)
    {
        if (expression.Type != ExpressionTypes.Literal || expression.Value is null) return null;
        if (expression.Value is JsonValue value && value.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            ValueConverter.Convert(expression.Value, valueType);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static string Describe(Activity activity) => $"Aktiviteten '{activity.Name ?? activity.Id}' ({activity.Type})";
}
