using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.Logging;

namespace ENamnd.Workflows;

/// <summary>Publishes each code-declared workflow as version 1 when its definition id has no version yet.</summary>
public sealed class CodeWorkflowInstaller(
    IEnumerable<ICodeWorkflow> workflows,
    IWorkflowDefinitionStore store,
    WorkflowDefinitionPublisher publisher,
    IInstanceLock locks,
    ILogger<CodeWorkflowInstaller> logger)
{
    // Hosts sharing a database take this lock, so two first starts cannot both publish a version 1.
    private const string LockKey = "code-workflow-installer";

    /// <summary>Publishes what is missing; returns how many definitions were published.</summary>
    public async Task<int> InstallAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(LockKey, cancellationToken);
        var published = 0;
        var existing = (await store.ListAsync(null, VersionOptions.Latest, cancellationToken)).Select(d => d.DefinitionId).ToHashSet(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            if (existing.Contains(workflow.DefinitionId)) continue;
            var definition = await publisher.PublishAsync(workflow.Build(), cancellationToken);
            logger.LogInformation("Published code workflow {DefinitionId} as version {Version}", definition.DefinitionId, definition.Version);
            published++;
        }
        return published;
    }
}
