using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Writes an instance exported elsewhere (Elsa's instance import): its state, open bookmarks and journal as one step,
/// under the instance's lock, so it runs on as if it had never moved. An id that is taken is refused, never overwritten.
/// </summary>
public sealed class WorkflowInstanceImporter(IWorkflowDefinitionStore definitions, IWorkflowStepSessions sessions, TimeProvider clock)
{
    /// <summary>Why <paramref name="instance"/> cannot be imported here (in Swedish), without writing; null when it can.</summary>
    public async Task<string?> CheckAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(instance.Id) || !WorkflowValidator.IsSafeId(instance.Id))
            return $"Instansens id '{instance.Id}' får bara innehålla bokstäverna a–z och A–Z, siffror, '-', '_' och '.'.";
        var definition = await definitions.FindByIdAsync(instance.DefinitionVersionId, cancellationToken);
        if (definition is null || definition.DefinitionId != instance.DefinitionId || definition.Version != instance.Version)
            return $"Arbetsflödet '{instance.DefinitionId}' version {instance.Version} (id '{instance.DefinitionVersionId}') finns inte här; importera det först.";
        if (instance.Bookmarks.FirstOrDefault(b => b.InstanceId != instance.Id) is { } foreign)
            return $"Bokmärket '{foreign.Id}' hör till instansen '{foreign.InstanceId}', inte till '{instance.Id}'.";
        for (var i = 0; i < journal.Count; i++)
        {
            if (journal[i].Sequence != i + 1)
                return $"Journalen har luckor: post {i + 1} har löpnumret {journal[i].Sequence}.";
        }
        return null;
    }

    /// <summary>Imports <paramref name="instance"/> with its <paramref name="journal"/>; null when done, otherwise why not (in Swedish).</summary>
    public async Task<string?> ImportAsync(WorkflowInstance instance, IReadOnlyList<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(instance, journal, cancellationToken) is { } refusal) return refusal;
        await using var session = await sessions.OpenAsync(instance.Id, load: true, cancellationToken);
        // Checked under the lock: an instance started or imported meanwhile with the same id stays as it is.
        if (session.Instance is not null) return $"Instansen '{instance.Id}' finns redan.";
        // The imported journal is the instance's whole journal: the next entry follows its last sequence.
        instance.LastJournalSequence = journal.Count == 0 ? 0 : journal[^1].Sequence;
        var step = new WorkflowStep(instance, [.. instance.Bookmarks], [], journal, [])
        {
            Audit = new AuditEntry(instance.Id, "import", clock.GetUtcNow())
            {
                CorrelationId = instance.CorrelationId,
                DefinitionVersion = instance.Version,
            },
            // The import changes no status: observers see no start, end or fault in it.
            SubStatusBefore = instance.SubStatus,
        };
        // Persistence point: the instance, its bookmarks and its journal are written together or not at all.
        await session.CommitAsync(step, cancellationToken);
        return null;
    }
}
