using ENamnd.Engine.Model;

namespace ENamnd.Engine.Stores;

/// <summary>Stores workflow definition versions. A saved version is treated as immutable by readers.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Inserts or replaces a version (by <see cref="WorkflowDefinition.Id"/>).</summary>
    Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>A version by its id.</summary>
    Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The newest version of a definition that the options select.</summary>
    Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The versions the options select, of one definition or of all: by definition id, newest version first.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListAsync(string? definitionId, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Deletes one version; false when there was none.</summary>
    Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default);
}
