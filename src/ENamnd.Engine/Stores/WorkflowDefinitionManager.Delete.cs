using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

public sealed partial class WorkflowDefinitionManager
{
    /// <summary>
    /// Deletes every version of a definition, except versions that running instances still need: those are
    /// withdrawn (neither latest nor published) and kept until the instances end. Null when there is no version.
    /// </summary>
    public async Task<DefinitionDeletion?> DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        using var gate = await LockAsync(definitionId, cancellationToken);
        var versions = await store.ListAsync(definitionId, VersionOptions.AllVersions, cancellationToken);
        if (versions.Count == 0) return null;
        var running = await RunningVersionIdsAsync(definitionId, cancellationToken);
        int deleted = 0, kept = 0;
        foreach (var version in versions)
        {
            if (!running.Contains(version.Id))
            {
                if (await store.DeleteVersionAsync(version.Id, cancellationToken)) deleted++;
                continue;
            }
            kept++;
            if (!version.IsLatest && !version.IsPublished) continue;
            version.IsLatest = false;
            version.IsPublished = false;
            await store.SaveAsync(version, cancellationToken);
        }
        return new DefinitionDeletion(deleted, kept);
    }

    /// <summary>Deletes one version; the newest remaining version becomes the latest. False when there is no such version.</summary>
    /// <exception cref="WorkflowDefinitionInUseException">Running instances use the version.</exception>
    public async Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.FindByIdAsync(id, cancellationToken) is not { } found) return false;
        using var gate = await LockAsync(found.DefinitionId, cancellationToken);
        if ((await RunningVersionIdsAsync(found.DefinitionId, cancellationToken)).Contains(id))
            throw new WorkflowDefinitionInUseException(found.DefinitionId, found.Version);
        if (!await store.DeleteVersionAsync(id, cancellationToken)) return false;
        var remaining = await store.ListAsync(found.DefinitionId, VersionOptions.AllVersions, cancellationToken);
        if (remaining.Count > 0 && !remaining.Any(v => v.IsLatest) && found.IsLatest)
        {
            var newest = remaining.MaxBy(v => v.Version)!;
            newest.IsLatest = true;
            await store.SaveAsync(newest, cancellationToken);
        }
        return true;
    }

    private async Task<HashSet<string>> RunningVersionIdsAsync(string definitionId, CancellationToken cancellationToken) =>
        (await instances.ListAsync(new WorkflowInstanceFilter(DefinitionId: definitionId, Status: WorkflowStatus.Running), cancellationToken))
        .Select(i => i.DefinitionVersionId)
        .ToHashSet(StringComparer.Ordinal);
}
