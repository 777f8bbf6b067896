using System.Collections.Concurrent;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Stores;

/// <summary>
/// The designer's version rules (Elsa's): save a draft, publish, retract and revert versions of a
/// definition. A version that is published, or that instances run, is never changed in place.
/// </summary>
public sealed partial class WorkflowDefinitionManager(
    IWorkflowDefinitionStore store,
    IWorkflowInstanceStore instances,
    WorkflowValidator validator,
    WorkflowDefinitionSerializer serializer,
    TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Saves <paramref name="definition"/> as the latest version: the first save creates version 1; after a
    /// published latest version (or one that instances run) it becomes a new draft N+1 and the old version
    /// keeps its published flag; otherwise it replaces the latest draft. With <paramref name="publish"/> it
    /// is validated first and becomes the published version; earlier versions lose both flags.
    /// </summary>
    /// <exception cref="WorkflowValidationException">Publishing an invalid definition, saving one with unsafe ids or name or a syntax turned off, or a read-only one; nothing is saved.</exception>
    public Task<WorkflowDefinition> SaveAsync(WorkflowDefinition definition, bool publish, CancellationToken cancellationToken = default) =>
        SaveVersionAsync(definition, publish, keepVersionId: false, cancellationToken);

    /// <summary>
    /// Saves an imported <paramref name="definition"/> as <see cref="SaveAsync(WorkflowDefinition, bool, CancellationToken)"/> does,
    /// except that the first version of a new definition keeps the version id it was exported with, when no stored version
    /// has it (Elsa's importer keeps it for a new definition), so references to that version id still find it.
    /// </summary>
    /// <exception cref="WorkflowValidationException">As <see cref="SaveAsync(WorkflowDefinition, bool, CancellationToken)"/>.</exception>
    public Task<WorkflowDefinition> ImportAsync(WorkflowDefinition definition, bool publish, CancellationToken cancellationToken = default) =>
        SaveVersionAsync(definition, publish, keepVersionId: true, cancellationToken);

    private async Task<WorkflowDefinition> SaveVersionAsync(WorkflowDefinition definition, bool publish, bool keepVersionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) definition.DefinitionId = IdGenerator.NewShortId();
        NodeIds.Assign(definition.Root);
        if (publish) Validate(definition);
        else if (validator.DraftProblems(definition) is { Count: > 0 } problems) throw new WorkflowValidationException(problems);
        using var gate = await LockAsync(definition.DefinitionId, cancellationToken);
        var versions = await store.ListAsync(definition.DefinitionId, VersionOptions.AllVersions, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.IsLatest);
        if (latest is { IsReadonly: true }) throw new WorkflowValidationException([ReadOnly(latest)]);
        if (latest is null || latest.IsPublished || await IsRunByInstancesAsync(latest, cancellationToken))
        {
            var keep = keepVersionId && versions.Count == 0 && definition.Id.Length > 0 && await store.FindByIdAsync(definition.Id, cancellationToken) is null;
            if (!keep) definition.Id = IdGenerator.NewShortId();
            definition.Version = NextVersion(versions);
            definition.CreatedAt = clock.GetUtcNow();
        }
        else
        {
            definition.Id = latest.Id;
            definition.Version = latest.Version;
            definition.CreatedAt = latest.CreatedAt;
        }
        definition.IsLatest = true;
        definition.IsPublished = publish;
        definition.IsReadonly = false;
        // Persistence point: the new latest first, so a failure in between leaves the newest version in charge.
        await store.SaveAsync(definition, cancellationToken);
        await DemoteOthersAsync(versions, definition, clearPublished: publish, cancellationToken);
        return definition;
    }

    /// <summary>Publishes the latest version; null when the definition does not exist.</summary>
    /// <exception cref="WorkflowValidationException">The latest version cannot run; nothing changes.</exception>
    public async Task<DefinitionPublishResult?> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        using var gate = await LockAsync(definitionId, cancellationToken);
        var versions = await store.ListAsync(definitionId, VersionOptions.AllVersions, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.IsLatest);
        if (latest is null) return null;
        if (latest.IsPublished) return new DefinitionPublishResult(latest, AlreadyPublished: true);
        Validate(latest);
        latest.IsPublished = true;
        await store.SaveAsync(latest, cancellationToken);
        await DemoteOthersAsync(versions, latest, clearPublished: true, cancellationToken);
        return new DefinitionPublishResult(latest, AlreadyPublished: false);
    }

    /// <summary>Withdraws the published version, so new instances cannot start it; null when the definition does not exist.</summary>
    /// <exception cref="WorkflowValidationException">No version is published.</exception>
    public async Task<WorkflowDefinition?> RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        using var gate = await LockAsync(definitionId, cancellationToken);
        var versions = await store.ListAsync(definitionId, VersionOptions.AllVersions, cancellationToken);
        if (versions.Count == 0) return null;
        var published = versions.FirstOrDefault(v => v.IsPublished)
            ?? throw new WorkflowValidationException(["Arbetsflödet har ingen publicerad version att avpublicera."]);
        published.IsPublished = false;
        await store.SaveAsync(published, cancellationToken);
        return published;
    }

    /// <summary>Copies version <paramref name="version"/> as a new latest draft N+1; null when there is no such version.</summary>
    public async Task<WorkflowDefinition?> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        using var gate = await LockAsync(definitionId, cancellationToken);
        var versions = await store.ListAsync(definitionId, VersionOptions.AllVersions, cancellationToken);
        if (versions.FirstOrDefault(v => v.Version == version) is not { } source) return null;
        var copy = serializer.Parse(serializer.Serialize(source));
        copy.Id = IdGenerator.NewShortId();
        copy.Version = NextVersion(versions);
        copy.CreatedAt = clock.GetUtcNow();
        copy.IsLatest = true;
        copy.IsPublished = false;
        await store.SaveAsync(copy, cancellationToken);
        await DemoteOthersAsync(versions, copy, clearPublished: false, cancellationToken);
        return copy;
    }

    /// <summary>
    /// What would stop <see cref="SaveAsync"/> saving <paramref name="definition"/> over <paramref name="latest"/>: a read-only latest
    /// version, or (when publishing) validation errors. For callers that check several definitions before saving any.
    /// </summary>
    public IReadOnlyList<string> ProblemsOf(WorkflowDefinition definition, WorkflowDefinition? latest, bool publish) =>
        latest is { IsReadonly: true } ? [ReadOnly(latest)] : publish ? validator.Validate(definition) : validator.DraftProblems(definition);

    private static string ReadOnly(WorkflowDefinition latest) => $"Arbetsflödet '{latest.Name ?? latest.DefinitionId}' är skrivskyddat.";

    private void Validate(WorkflowDefinition definition)
    {
        var errors = validator.Validate(definition);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
    }

    private async Task DemoteOthersAsync(IEnumerable<WorkflowDefinition> versions, WorkflowDefinition current, bool clearPublished, CancellationToken cancellationToken)
    {
        foreach (var other in versions.Where(v => v.Id != current.Id && (v.IsLatest || (clearPublished && v.IsPublished))))
        {
            other.IsLatest = false;
            if (clearPublished) other.IsPublished = false;
            await store.SaveAsync(other, cancellationToken);
        }
    }

    // Instances keep the version they started with, so a version they run must not change under them.
    private Task<bool> IsRunByInstancesAsync(WorkflowDefinition version, CancellationToken cancellationToken) =>
        instances.AnyAsync(new WorkflowInstanceFilter(DefinitionId: version.DefinitionId, DefinitionVersionId: version.Id), cancellationToken);

    private static int NextVersion(IReadOnlyList<WorkflowDefinition> versions) => versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;

    // One change at a time per definition in this process (auto-save and publish can overlap).
    private async Task<IDisposable> LockAsync(string definitionId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(definitionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
