using System.Text.Json.Nodes;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Takes definitions in from the designer, one save or a whole import: each is read, checked against its stored
/// latest version (readable, not read-only, not wiped by accident) and, when it is to be published, validated.
/// Only when every one passes is any of them saved, so a failed import leaves nothing half-saved.
/// </summary>
public sealed class DefinitionIntake(
    WorkflowDefinitionSerializer serializer, WorkflowDefinitionManager manager, IWorkflowDefinitionStore store, ActivityDescriptorFactory descriptors)
{
    /// <summary>
    /// Checks <paramref name="incoming"/> (each named by where it came from, for the messages; published when
    /// <c>Publish</c> says so, or with no say, when the model is marked published) and saves them in order, with the
    /// warnings of what was saved (activity types the engine lacks, kept as placeholders); or the problems, and nothing saved.
    /// An import (<paramref name="import"/>) keeps the version ids of new definitions (see <see cref="WorkflowDefinitionManager.ImportAsync"/>).
    /// </summary>
    public async Task<(IReadOnlyList<WorkflowDefinition> Saved, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)> TakeAsync(
        IReadOnlyList<(string? Source, JsonObject Model, bool? Publish)> incoming, bool import, CancellationToken cancellationToken)
    {
        var (saved, errors) = await SaveAllAsync(incoming, import, cancellationToken);
        var warnings = errors.Count > 0 ? [] : incoming.Zip(saved)
            .SelectMany(pair => WorkflowValidator.Warnings(pair.Second).Select(w => pair.First.Source is null ? w : $"{pair.First.Source}: {w}"))
            .ToList();
        return (saved, errors, warnings);
    }

    private async Task<(IReadOnlyList<WorkflowDefinition> Saved, IReadOnlyList<string> Errors)> SaveAllAsync(
        IReadOnlyList<(string? Source, JsonObject Model, bool? Publish)> incoming, bool import, CancellationToken cancellationToken)
    {
        var described = descriptors.DescribeAll().Select(d => (d.TypeName, d.Version)).ToHashSet();
        var ready = new List<(WorkflowDefinition Definition, bool Publish)>();
        var errors = new List<string>();
        foreach (var (source, model, publish) in incoming)
        {
            var (definition, problems) = await CheckAsync(model, publish, described, cancellationToken);
            if (definition is null) errors.AddRange(problems.Select(e => source is null ? e : $"{source}: {e}"));
            else ready.Add((definition, publish ?? definition.IsPublished));
        }
        if (errors.Count > 0) return ([], errors);
        var saved = new List<WorkflowDefinition>();
        try
        {
            foreach (var (definition, publish) in ready)
            {
                saved.Add(import
                    ? await manager.ImportAsync(definition, publish, cancellationToken)
                    : await manager.SaveAsync(definition, publish, cancellationToken));
            }
        }
        catch (WorkflowValidationException e)
        {
            // Only a change made meanwhile (say, the latest version turned read-only) gets here.
            return (saved, e.Errors);
        }
        return (saved, []);
    }

    private async Task<(WorkflowDefinition? Definition, IReadOnlyList<string> Errors)> CheckAsync(
        JsonObject model, bool? publish, IReadOnlySet<(string TypeName, int Version)> described, CancellationToken cancellationToken)
    {
        WorkflowDefinition definition;
        try
        {
            definition = serializer.Parse(model);
        }
        catch (WorkflowValidationException e)
        {
            return (null, e.Errors);
        }
        definition.Name = definition.Name?.Trim();
        definition.Description = definition.Description?.Trim();
        var (stored, unreadable) = string.IsNullOrWhiteSpace(definition.DefinitionId) ? (null, []) : await ReadLatestAsync(definition.DefinitionId, cancellationToken);
        if (unreadable.Count > 0) return (null, unreadable);
        if (GraphWipeGuard.Check(definition, stored, described) is { } refusal) return (null, [refusal]);
        var problems = manager.ProblemsOf(definition, stored, publish ?? definition.IsPublished);
        return problems.Count > 0 ? (null, problems) : (definition, []);
    }

    // A stored version the engine cannot read (its JSON is malformed) could only be shown as an empty
    // canvas, so saving over it is refused rather than risking the graph.
    private async Task<(WorkflowDefinition? Latest, IReadOnlyList<string> Errors)> ReadLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken), []);
        }
        catch (WorkflowValidationException e)
        {
            return (null, ["Sparandet stoppades: den sparade versionen av arbetsflödet kan inte läsas, så ändringen kunde radera diagrammet.", .. e.Errors]);
        }
    }
}
