using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.App;
using ENamnd.Host.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Cases;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Starts and cancels cases: one main-process instance per case, with the case number as its correlation id.
/// A case and its main process are created in one commit, keyed by the unique case number.
/// </summary>
public sealed class CaseService(
    IDbContextFactory<ENamndDbContext> contexts,
    IWorkflowRuntime runtime,
    IWorkflowDefinitionStore definitions,
    MunicipalityRegistry municipalities,
    IOptions<CaseOptions> options,
    IOptions<PublicUrlOptions> urls,
    TimeProvider clock,
    ILogger<CaseService> logger)
{
    /// <summary>Starts a case; the outcome says what went wrong, if anything.</summary>
    public async Task<CommandResult<string>> CreateAsync(CreateCaseRequest request, CancellationToken cancellationToken)
    {
        if (CommandResult<string>.RefusedText(request) is { } refused) return refused;
        var (errors, initiators) = CaseRequestValidator.Validate(request, municipalities);
        if (errors.Count > 0) return CommandResult<string>.Invalid(errors);
        var caseNumber = request.CaseNumber!.Trim();
        var row = new CaseRow
        {
            Id = IdGenerator.NewShortId(),
            CaseNumber = caseNumber,
            Title = request.Title!.Trim(),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            InitiatingMunicipalities = JsonSerializer.Serialize(initiators),
            InstanceId = IdGenerator.NewId(),
            CreatedAt = clock.GetUtcNow(),
        };
        // A quick answer for the usual duplicate; the unique index decides a race at the commit below.
        if (await NumberTakenAsync(caseNumber, cancellationToken)) return Taken(caseNumber);
        var input = new JsonObject
        {
            [ProcessVariables.Title] = row.Title,
            [ProcessVariables.Description] = row.Description,
            [ProcessVariables.Initiators] = new JsonArray([.. initiators.Select(c => (JsonNode)c)]),
            [ProcessVariables.SubprocessVersions] = await PinnedVersionsAsync(cancellationToken),
            [ProcessVariables.Budgets] = new JsonObject((request.Budgets ?? new Dictionary<string, decimal>()).Select(b => KeyValuePair.Create(b.Key, (JsonNode?)b.Value))),
            [ProcessVariables.DocumentLibrary] = options.Value.DocumentLibraryUrl.TrimEnd('/'),
            [ProcessVariables.CasePage] = urls.Value.PublicBaseUrl.TrimEnd('/') + CasePaths.Of(caseNumber),
        };
        try
        {
            // Checkpoint: the case row is written by CaseOpenedWriter in the transaction of the main process's
            // first step, so a crash before that commit leaves neither (a retry creates the case) and after it both.
            await runtime.StartAsync(new StartWorkflowRequest(ProcessIds.MainProcess)
            {
                CorrelationId = caseNumber, Input = input, InstanceId = row.InstanceId, Records = [CaseOpenedWriter.RecordOf(row)],
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Two requests with the same number at once: the first commit takes the number, this step is rolled back.
            return Taken(caseNumber);
        }
        catch (Exception e) when (e is WorkflowNotFoundException or InvalidOperationException)
        {
            // Nothing was committed: without its process there is no case either.
            logger.LogError(e, "Case {CaseNumber} could not start its main process", caseNumber);
            return CommandResult<string>.Invalid([$"Huvudprocessen kunde inte startas: {e.Message}"]);
        }
        logger.LogInformation("Case {CaseNumber} started ({CaseId}, instance {InstanceId})", caseNumber, row.Id, row.InstanceId);
        return CommandResult<string>.Done(row.Id);
    }

    /// <summary>Cancels a running case with a reason: its process and open tasks end.</summary>
    public async Task<CommandResult<string>> CancelAsync(string idOrNumber, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason)) return CommandResult<string>.Invalid(["reason: ange varför ärendet avbryts."]);
        if (RequestText.Problem(reason, "reason", multiLine: true) is { } unfit) return CommandResult<string>.Invalid(unfit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().Named(idOrNumber).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return CommandResult<string>.NotFound($"Ärendet '{idOrNumber}' finns inte.");
        if (row.CancelledAt is not null) return CommandResult<string>.Conflict("Ärendet är redan avbrutet.");
        // Checkpoint: the process's cancellation commits first, the case's reason after it. A crash in between
        // leaves a cancelled process under a case without a reason; the retried request finds the process
        // cancelled already and records the reason then.
        var main = await runtime.CancelAsync(row.InstanceId, cancellationToken);
        if (main is null) return CommandResult<string>.NotFound($"Ärendets huvudprocess '{row.InstanceId}' finns inte.");
        if (main.SubStatus != WorkflowSubStatus.Cancelled) return CommandResult<string>.Conflict("Ärendet är redan avslutat och kan inte avbrytas.");
        row.CancelledAt = clock.GetUtcNow();
        row.CancelReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Case {CaseNumber} cancelled", row.CaseNumber);
        return CommandResult<string>.Done(row.Id);
    }

    private async Task<bool> NumberTakenAsync(string caseNumber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CaseRow>().AnyAsync(r => r.CaseNumber == caseNumber, cancellationToken);
    }

    private static CommandResult<string> Taken(string caseNumber) => CommandResult<string>.Conflict($"Det finns redan ett ärende med ärendenummer {caseNumber}.");

    // A case runs the subprocess versions published when it started; later versions apply to new cases.
    private async Task<JsonObject> PinnedVersionsAsync(CancellationToken cancellationToken)
    {
        var pinned = new JsonObject();
        foreach (var (id, _) in ProcessIds.Phases)
        {
            if (await definitions.FindAsync(id, VersionOptions.Published, cancellationToken) is { } published) pinned[id] = published.Version;
        }
        return pinned;
    }
}
