using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Stores;

/// <summary>Publishes a definition as a new version: validated first, then the latest and the published one; earlier versions lose both flags.</summary>
public sealed class WorkflowDefinitionPublisher(IWorkflowDefinitionStore store, WorkflowValidator validator, TimeProvider clock)
{
    /// <summary>Saves <paramref name="definition"/> as the next version of its definition id, published.</summary>
    /// <exception cref="WorkflowValidationException">The definition cannot run.</exception>
    public async Task<WorkflowDefinition> PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) definition.DefinitionId = IdGenerator.NewShortId();
        NodeIds.Assign(definition.Root);
        var errors = validator.Validate(definition);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        var existing = await store.ListAsync(definition.DefinitionId, VersionOptions.AllVersions, cancellationToken);
        foreach (var earlier in existing.Where(d => d.IsLatest || d.IsPublished))
        {
            earlier.IsLatest = false;
            earlier.IsPublished = false;
            await store.SaveAsync(earlier, cancellationToken);
        }
        definition.Id = IdGenerator.NewShortId();
        definition.Version = existing.Count == 0 ? 1 : existing.Max(d => d.Version) + 1;
        definition.IsLatest = true;
        definition.IsPublished = true;
        definition.CreatedAt = clock.GetUtcNow();
        await store.SaveAsync(definition, cancellationToken);
        return definition;
    }
}
