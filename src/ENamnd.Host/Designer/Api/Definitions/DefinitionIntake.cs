using System.Text.Json.Nodes;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Host.Designer.Api.Definitions;

/// <summary>
/// Takes definitions in from the designer, one save or a whole import: each is read, checked against its stored
/// latest version (readable, not read-only, not wiped by accident) and, when it is to be published, validated.
/// Only when every one passes is any of them saved, so a failed import leaves nothing half-saved.
/// </summary>
public sealed class DefinitionIntake(
    WorkflowDefinitionSerializer serializer, WorkflowDefinitionManager manager, IWorkflowDefinitionStore store,
    ActivityDescriptorFactory descriptors, WorkflowValidator validator)
{
    /// <summary>Checks <paramref name="incoming"/> (each named by where it came from, for the messages) and saves them in order; or the problems, and nothing saved.</summary>
    public async Task<(IReadOnlyList<WorkflowDefinition> Saved, IReadOnlyList<string> Errors)> TakeAsync(
        IReadOnlyList<(string? Source, JsonObject Model, bool Publish)> incoming, CancellationToken cancellationToken)
    {
        var described = descriptors.DescribeAll().Select(d => (d.TypeName, d.Version)).ToHashSet();
        var ready = new List<(WorkflowDefinition Definition, bool Publish)>();
        var errors = new List<string>();
        foreach (var (source, model, publish) in incoming)
        {
            var problems = await CheckAsync(model, publish, described, cancellationToken);
            if (problems.Errors.Count > 0) errors.AddRange(problems.Errors.Select(e => source is null ? e : $"{source}: {e}"));
            else ready.Add((problems.Definition!, publish));
        }
        if (errors.Count > 0) return ([], errors);
        var saved = new List<WorkflowDefinition>();
        foreach (var (definition, publish) in ready) saved.Add(await manager.SaveAsync(definition, publish, cancellationToken));
        return (saved, []);
    }

    private async Task<(WorkflowDefinition? Definition, IReadOnlyList<string> Errors)> CheckAsync(
        JsonObject model, bool publish, IReadOnlySet<(string TypeName, int Version)> described, CancellationToken cancellationToken)
    {
        try
        {
            var definition = serializer.Parse(model);
            definition.Name = definition.Name?.Trim();
            definition.Description = definition.Description?.Trim();
            var stored = string.IsNullOrWhiteSpace(definition.DefinitionId) ? null : await ReadLatestAsync(definition.DefinitionId, cancellationToken);
            if (stored is { IsReadonly: true }) return (null, [$"Arbetsflödet '{stored.Name ?? stored.DefinitionId}' är skrivskyddat."]);
            if (GraphWipeGuard.Check(definition, stored, described) is { } refusal) return (null, [refusal]);
            var invalid = publish ? validator.Validate(definition) : [];
            return invalid.Count > 0 ? (null, invalid) : (definition, []);
        }
        catch (WorkflowValidationException e)
        {
            return (null, e.Errors);
        }
    }

    // A stored version the engine cannot read (its activity types are gone) could only be shown as an empty
    // canvas, so saving over it is refused rather than risking the graph.
    private async Task<WorkflowDefinition?> ReadLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        }
        catch (WorkflowValidationException e)
        {
            throw new WorkflowValidationException(
                ["Sparandet stoppades: den sparade versionen av arbetsflödet kan inte läsas, så ändringen kunde radera diagrammet.", .. e.Errors]);
        }
    }
}
