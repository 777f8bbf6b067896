using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Reads workflow instances; they are written only through <see cref="IWorkflowStepCommitter"/>.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>An instance by id, as last committed.</summary>
    Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The instances that match a filter, newest first.</summary>
    Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Whether any instance matches a filter, without reading one.</summary>
    Task<bool> AnyAsync(WorkflowInstanceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the instances that match a filter, in an order (newest first when none is given; among equal keys by
    /// id), and how many match: only the page's instances are read, however long the history.
    /// </summary>
    Task<WorkflowInstancePage> PageAsync(WorkflowInstanceFilter filter, int skip, int take, WorkflowInstanceOrder? order = null, CancellationToken cancellationToken = default);

    /// <summary>An instance's journal in sequence order, as committed; empty when the instance does not exist.</summary>
    Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The journals of several instances at once, each in sequence order, by instance id; an instance without entries
    /// (or that does not exist) is left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<JournalEntry>>> JournalsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default);
}
