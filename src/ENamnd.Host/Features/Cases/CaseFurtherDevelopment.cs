using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Proposes a further development (vidareutveckling) of a case's solution in management: the participants decide,
/// the committee decides and the participants commit to the cost (<see cref="FurtherDevelopmentWorkflow"/>).
/// </summary>
public sealed class CaseFurtherDevelopment(
    IDbContextFactory<ENamndDbContext> contexts,
    IWorkflowInstanceStore instances,
    IWorkflowRuntime runtime,
    ILogger<CaseFurtherDevelopment> logger)
{
    private const int ProposalLimit = 4000;

    /// <summary>Starts the decision on a further development; the outcome says what went wrong, if anything.</summary>
    public async Task<CommandResult<string>> ProposeAsync(string idOrNumber, FurtherDevelopmentRequest request, CancellationToken cancellationToken)
    {
        if (CommandResult<string>.RefusedText(request) is { } refused) return refused;
        var proposal = request.Proposal?.Trim() ?? "";
        var errors = new List<string>();
        if (proposal.Length == 0) errors.Add("proposal: beskriv vidareutvecklingen.");
        else if (proposal.Length > ProposalLimit) errors.Add($"proposal: beskrivningen får vara högst {ProposalLimit} tecken.");
        if (request.Cost is not { } cost || cost <= 0 || cost != decimal.Truncate(cost)) errors.Add("cost: kostnaden ska vara ett positivt belopp i hela kronor.");
        if (errors.Count > 0) return CommandResult<string>.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CaseProcess.LoadAsync(db, instances, idOrNumber, cancellationToken) is not { } found) return CommandResult<string>.NotFound($"Ärendet '{idOrNumber}' finns inte.");
        var (row, all, main, management) = (found.Row, found.All, found.Main, found.RunningPhase);
        if (!found.IsRunning || management?.DefinitionId != ProcessIds.Management)
            return CommandResult<string>.Conflict("Ärendet är inte i förvaltning; en vidareutveckling beslutas för en lösning som förvaltas.");
        if (all.Any(i => i.DefinitionId == ProcessIds.FurtherDevelopment && i.Status == WorkflowStatus.Running))
            return CommandResult<string>.Conflict("En vidareutveckling av lösningen är redan under beslut i ärendet.");
        var participants = ValueConverter.Convert<List<string>>(management.Variables[ProcessVariables.Participants]) ?? [];
        if (participants.Count < 2)
            return CommandResult<string>.Conflict("Färre än två kommuner deltar i ärendet; nämnden beslutar bara om vidareutveckling på initiativ av minst två.");

        var started = await runtime.StartAsync(new StartWorkflowRequest(ProcessIds.FurtherDevelopment)
        {
            CorrelationId = row.CaseNumber,
            Input = new JsonObject
            {
                [ProcessVariables.Title] = row.Title,
                [ProcessVariables.Description] = row.Description,
                [ProcessVariables.Participants] = ValueConverter.ToNode(participants),
                [ProcessVariables.Budget] = request.Cost,
                [ProcessVariables.DocumentLibrary] = main!.Input[ProcessVariables.DocumentLibrary]?.DeepClone(),
                [ProcessVariables.CasePage] = main.Input[ProcessVariables.CasePage]?.DeepClone(),
                [FurtherDevelopmentWorkflow.Inputs.Proposal] = proposal,
            },
        }, CancellationToken.None);
        logger.LogInformation("Further development proposed in case {CaseNumber} ({InstanceId})", row.CaseNumber, started.Instance.Id);
        return CommandResult<string>.Done(row.Id);
    }
}
