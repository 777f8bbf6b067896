using System.Collections.Concurrent;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Stores;

/// <summary>Keeps definition versions in memory.</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<string, WorkflowDefinition> versions = new();

    /// <inheritdoc />
    public Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        versions[definition.Id] = definition;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(versions.GetValueOrDefault(id));

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken = default) =>
        (await ListAsync(definitionId, options, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListAsync(string? definitionId, VersionOptions options, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(versions.Values
            .Where(d => (definitionId is null || d.DefinitionId == definitionId) && options.Matches(d))
            .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ThenByDescending(d => d.Version)
            .ToList());

    /// <inheritdoc />
    public Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(versions.TryRemove(id, out _));
}
