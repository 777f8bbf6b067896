using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime.Alterations;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowExecutor
{
    /// <summary>
    /// Applies alterations to an instance in order, as one step, then runs the work they scheduled (a retried activity
    /// and what follows it). When one is refused, the step is null and nothing is changed: all or nothing.
    /// <paramref name="findVersion"/> finds another version of the instance's definition and <paramref name="readJournal"/>
    /// reads the instance's committed journal, both for <see cref="Migrate"/>.
    /// </summary>
    public async Task<(WorkflowStep? Step, AlterationResult Result)> AlterAsync(Workflow workflow, WorkflowInstance instance,
        IReadOnlyList<Alteration> alterations, Func<int, CancellationToken, Task<Workflow?>> findVersion,
        Func<CancellationToken, Task<IReadOnlyList<JournalEntry>>> readJournal, CancellationToken cancellationToken = default)
    {
        var log = new List<AlterationLogEntry>();
        var journalStart = instance.Journal.Count;
        var context = new WorkflowExecutionContext(workflow, instance, services);
        var scheduled = false;
        foreach (var alteration in alterations)
        {
            var outcome = alteration is Migrate migrate
                ? await MigrateAsync(context, migrate, findVersion, readJournal, cancellationToken)
                : AlterationSteps.Apply(context, alteration, InitialValue);
            log.Add(new AlterationLogEntry(outcome.Message, outcome.Failed ? LogLevel.Error : LogLevel.Information, Now, $"{alteration.Type} {(outcome.Failed ? "misslyckades" : "lyckades")}"));
            if (outcome.Failed) return (null, new AlterationResult(instance.Id, log, WorkflowHasScheduledWork: false, IsSuccessful: false));
            context = outcome.Rebound ?? context;
            context.JournalAlteration(alteration.Type, outcome.Message);
            scheduled |= outcome.Scheduled;
        }
        if (scheduled) await RunAsync(context, cancellationToken);
        else instance.UpdatedAt = Now;
        // A migration rebinds the step to another context, so the journal entries are those since the first alteration.
        var step = context.ToStep(context.Audit("alteration", details: new JsonObject { ["alterations"] = AlterationJson.WriteAll(alterations) }))
            with { NewJournalEntries = [.. instance.Journal.Skip(journalStart)] };
        return (step, new AlterationResult(instance.Id, log, scheduled, IsSuccessful: true));
    }

    // Elsa's Migrate swaps the workflow graph under the instance, whatever its status (Elsa's own test migrates a finished
    // one). It is refused unless every activity the instance finished and every one it is in (its live executions, among
    // them those that wait) is in the target with the same type, so the instance's state (flowchart tokens, bookmarks)
    // still means the same and nothing it did is done again.
    private static async Task<AlterationOutcome> MigrateAsync(WorkflowExecutionContext context, Migrate migrate,
        Func<int, CancellationToken, Task<Workflow?>> findVersion, Func<CancellationToken, Task<IReadOnlyList<JournalEntry>>> readJournal,
        CancellationToken cancellationToken)
    {
        var instance = context.Instance;
        if (migrate.TargetVersion == instance.Version) return AlterationOutcome.Refused($"Instansen kör redan version {instance.Version}.");
        if (await findVersion(migrate.TargetVersion, cancellationToken) is not { } target)
            return AlterationOutcome.Refused($"Arbetsflödet {instance.DefinitionId} har ingen version {migrate.TargetVersion}.");
        // The state holds only this step's journal entries; what the instance finished before is in the store.
        var journal = (await readJournal(cancellationToken)).Concat(instance.Journal);
        var needed = context.LiveContexts.Select(c => (c.Activity.NodeId, c.Activity.Type))
            .Concat(journal.Where(e => e.EventType == JournalEventType.Completed && e.ActivityContextId is not null).Select(e => (e.NodeId, e.ActivityType)))
            .Distinct()
            .ToList();
        var missing = needed.Where(n => !target.Nodes.TryGetValue(n.NodeId, out var node) || node.Type != n.Item2).Select(n => n.NodeId).ToList();
        if (missing.Count > 0)
        {
            return AlterationOutcome.Refused(
                $"Version {migrate.TargetVersion} saknar aktiviteter som instansen har kört eller står i ({string.Join(", ", missing)}); instansen flyttades inte.");
        }
        var from = instance.Version;
        instance.DefinitionVersionId = target.Definition.Id;
        instance.Version = target.Definition.Version;
        // Variables the new version adds start at their initial values; those the instance has keep theirs.
        foreach (var variable in target.Definition.Variables.Where(v => !instance.Variables.ContainsKey(v.Name)))
            instance.Variables[variable.Name] = InitialValue(variable);
        return new AlterationOutcome($"Instansen flyttades från version {from} till version {target.Definition.Version}.") { Rebound = context.Rebind(target) };
    }
}
