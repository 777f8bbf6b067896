using System.Text;
using System.Text.Json.Nodes;
using ENamnd.Activities;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// A municipality joins a running case later and buys in on the same principles (domain: "Participants of a case"):
/// its buy-in is its share of every earlier guarantee round on that round's terms, as if it had taken part, and its
/// representative is asked to commit to it (<see cref="LateJoinWorkflow"/>); from then on it is a participant, so a
/// round running now splits the cost again with it, and every later round asks and charges it too.
/// </summary>
public sealed partial class CaseParticipants(
    IDbContextFactory<ENamndDbContext> contexts,
    IWorkflowInstanceStore instances,
    IWorkflowRuntime runtime,
    MunicipalityRegistry municipalities,
    CostAllocator allocator,
    IParticipantDirectory people,
    ILogger<CaseParticipants> logger)
{
    private static readonly string[] RoundKinds = [CollectMunicipalDecisions.TaskKind, CollectGuaranteeCommitments.TaskKind];

    /// <summary>Takes <paramref name="request"/>'s municipality into the case; the outcome says what went wrong, if anything.</summary>
    public async Task<CommandResult<string>> JoinAsync(string idOrNumber, JoinCaseRequest request, CancellationToken cancellationToken)
    {
        if (CommandResult<string>.RefusedText(request) is { } refused) return refused;
        var name = request.Municipality?.Trim() ?? "";
        if (name.Length == 0) return CommandResult<string>.Invalid("municipality: ange kommunen som ansluter.");
        if (municipalities.Find(name) is not { } joining) return CommandResult<string>.Invalid($"municipality: okänd kommun '{name}'.");
        if (request.BuyIn is { } agreed && (agreed < 0 || agreed != decimal.Truncate(agreed)))
            return CommandResult<string>.Invalid("buyIn: inköpet ska vara ett belopp i hela kronor, noll eller mer.");
        var reference = request.Reference?.Trim() ?? "";
        if (reference.Length > 300) return CommandResult<string>.Invalid("reference: beslutet får beskrivas med högst 300 tecken.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CaseProcess.LoadAsync(db, instances, idOrNumber, cancellationToken) is not { } found) return CommandResult<string>.NotFound($"Ärendet '{idOrNumber}' finns inte.");
        if (!found.IsRunning) return CommandResult<string>.Conflict("Ärendet pågår inte; en kommun kan bara ansluta till ett pågående ärende.");
        var (row, all, main, phase) = (found.Row, found.All, found.Main!, found.RunningPhase);
        if (ParticipantsOf(phase ?? main).Contains(joining.Code)) return CommandResult<string>.Conflict($"{joining.Name} deltar redan i ärendet.");
        // A question in the running phase is the municipality's own way in (its buy-in request, from an earlier try, is not).
        var asked = phase is null ? null : await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == phase.Id && t.Status == HumanTaskStatus.Open && t.MunicipalityCode == joining.Code && RoundKinds.Contains(t.Kind))
            .Select(t => t.Title).FirstOrDefaultAsync(cancellationToken);
        if (asked is not null) return CommandResult<string>.Conflict($"{joining.Name} har redan en öppen fråga i ärendet ({asked}); kommunens svar på den avgör om den deltar.");
        if ((await people.FindByRoleAsync(Role.Beredningsgrupp, joining.Code, cancellationToken: cancellationToken)).Count == 0)
            return CommandResult<string>.Invalid($"municipality: beredningsgruppen saknar representant för {joining.Name}. Lägg till en representant i personregistret först.");
        var phases = found.Phases.ToList();
        var journals = await instances.JournalsAsync([.. phases.Select(p => p.Id)], cancellationToken);
        var (buyIn, basis, problem) = BuyIn(phases, journals, joining, request.BuyIn);
        if (problem is not null) return CommandResult<string>.Invalid(problem);

        // Checkpoint: the join and its buy-in request are durable first (the instance id is fixed per municipality and
        // join, so a retry after a crash finds it started); taking part in the phase and the main process follows, each
        // its own step and each a no-op when already done; last, a round running now takes the municipality in.
        var earlier = all.Count(i => i.DefinitionId == LateJoinWorkflow.Id && i.Input[LateJoinWorkflow.Inputs.Municipality]?.GetValue<string>() == joining.Code
            && i.Status != WorkflowStatus.Running);
        await runtime.StartAsync(new StartWorkflowRequest(LateJoinWorkflow.Id)
        {
            CorrelationId = row.CaseNumber,
            InstanceId = $"anslutning-{row.Id}-{joining.Code}-{earlier + 1}",
            Input = new JsonObject
            {
                [LateJoinWorkflow.Inputs.Title] = row.Title,
                [LateJoinWorkflow.Inputs.Municipality] = joining.Code,
                [LateJoinWorkflow.Inputs.BuyIn] = buyIn,
                [LateJoinWorkflow.Inputs.Basis] = basis,
                [LateJoinWorkflow.Inputs.Reference] = reference.Length > 0 ? reference : null,
                [LateJoinWorkflow.Inputs.By] = TaskCommands.Coordinator,
                [LateJoinWorkflow.Inputs.Phase] = phase is null ? null : ProcessIds.NameOf(phase.DefinitionId),
            },
        }, CancellationToken.None);
        foreach (var instance in new[] { phase, main }.OfType<WorkflowInstance>())
            await runtime.SetVariablesAsync(instance.Id, variables => WithParticipant(variables, joining.Code), CancellationToken.None);
        // Read again: the round may have moved on (and waits on a new join bookmark) since the case was read.
        var current = phase is null ? null : await instances.FindAsync(phase.Id, CancellationToken.None);
        if (current?.Bookmarks.FirstOrDefault(b => b.Name == LateJoins.BookmarkName) is { } round)
            await runtime.ResumeAsync(round.Id, LateJoins.Input(joining.Code, TaskCommands.Coordinator), CancellationToken.None);
        logger.LogInformation("{Municipality} joined case {CaseNumber} later (buy-in {BuyIn} kr)", joining.Code, row.CaseNumber, buyIn);
        return CommandResult<string>.Done(row.Id);
    }

    /// <summary>A validation message as the app's form shows it: without the API's field name ("buyIn: …"), starting with a capital.</summary>
    public static string FormMessage(string error) =>
        ApiFieldName().Replace(error, "") is { Length: > 0 } text ? char.ToUpper(text[0], SwedishDates.Culture) + text[1..] : error;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z][A-Za-z]*: ")]
    private static partial System.Text.RegularExpressions.Regex ApiFieldName();

    // The participants as an instance holds them (the running phase's own list, else the main process's).
    private static List<string> ParticipantsOf(WorkflowInstance instance) =>
        ValueConverter.Convert<List<string>>(instance.Variables[ProcessVariables.Participants]) ?? [];

    private static JsonObject? WithParticipant(JsonObject variables, string code)
    {
        var participants = ValueConverter.Convert<List<string>>(variables[ProcessVariables.Participants]) ?? [];
        if (participants.Contains(code)) return null;
        return new JsonObject { [ProcessVariables.Participants] = ValueConverter.ToNode(participants.Append(code).ToList()) };
    }

    /// <summary>
    /// The buy-in: the municipality's share of each earlier guarantee round, split again on the round's terms among the
    /// round's municipalities and it. A capped round has no cap for it, so the buy-in must then be agreed and given.
    /// </summary>
    private (decimal Amount, string? Basis, string? Problem) BuyIn(
        IEnumerable<WorkflowInstance> phases, IReadOnlyDictionary<string, IReadOnlyList<JournalEntry>> journals, Municipality joining, decimal? agreed)
    {
        var lines = new List<string>();
        var total = 0m;
        foreach (var phase in phases)
        {
            foreach (var round in GuaranteeRounds.Of(phase, journals.GetValueOrDefault(phase.Id) ?? []))
            {
                if (round.Terms is not { } terms || round.FinalShares.Count == 0 || round.FinalShares.Any(s => s.Code == joining.Code)) continue;
                var phaseName = ProcessIds.NameOf(phase.DefinitionId);
                if (terms.Model == AllocationModel.Capped)
                {
                    if (agreed is null)
                        return (0, null, $"buyIn: kostnaden i fasen {phaseName} fördelades efter maxbelopp, och {joining.Name} har inget. Ange inköpet som är överenskommet med kommunen.");
                    continue;
                }
                AllocationResult split;
                try
                {
                    split = terms.Split(allocator, [.. round.FinalShares.Select(s => s.Code), joining.Code]);
                }
                catch (ActivityFaultException exception)
                {
                    return (0, null, $"buyIn: inköpet för fasen {phaseName} kan inte beräknas: {exception.Message} Ange inköpet som är överenskommet med kommunen.");
                }
                var share = split.Shares.Single(s => s.Code == joining.Code);
                total += share.Amount;
                lines.Add($"{phaseName}: {SwedishNumbers.Kronor(share.Amount)} ({CommitmentTexts.Percent(share.Percent)} av {SwedishNumbers.Kronor(terms.Total)}, efter {terms.ModelText()})");
            }
        }
        if (agreed is { } amount)
            return (amount, "Inköpet är överenskommet mellan nämnden och kommunen när den anslöt till ärendet.", null);
        if (lines.Count == 0) return (0, null, null);
        var basis = new StringBuilder("Inköpet är kommunens andel av det som de tidigare faserna kostar, beräknad på samma sätt som de andra kommunernas andelar:");
        foreach (var line in lines) basis.Append('\n').Append(line);
        return (total, basis.ToString(), null);
    }
}
