using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Records the contract signed in a case's procurement (the same terms as <c>/api/contracts</c>): it resumes
/// the procurement where it waits for the contract, and management registers it for contract monitoring.
/// </summary>
public sealed partial class CaseContracts(IDbContextFactory<ENamndDbContext> contexts, IWorkflowInstanceStore instances, IWorkflowRuntime runtime, MunicipalityRegistry municipalities)
{
    /// <summary>Validates the contract and hands it to the waiting procurement.</summary>
    public async Task<CommandResult<string>> RecordAsync(string idOrNumber, ContractDraft contract, CancellationToken cancellationToken)
    {
        if (CommandResult<string>.RefusedText(contract) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().AsNoTracking().Named(idOrNumber).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return CommandResult<string>.NotFound($"Ärendet '{idOrNumber}' finns inte.");
        var main = await instances.FindAsync(row.InstanceId, cancellationToken);
        // Without a list of its own, the contract covers the case's participants.
        var participants = main is null ? [] : ValueConverter.Convert<List<string>>(main.Variables[ProcessVariables.Participants]) ?? [];
        var draft = contract with
        {
            CaseNumber = row.CaseNumber,
            Municipalities = contract.Municipalities is { Count: > 0 } given ? given : [.. participants.Select(code => municipalities.Find(code)?.Name ?? code)],
        };
        var (_, errors) = ContractDraftValidator.Validate(draft, municipalities);
        if (errors.Count > 0) return CommandResult<string>.Invalid(errors);
        var waiting = (await instances.ListAsync(new WorkflowInstanceFilter(ProcessIds.Procurement, row.CaseNumber, WorkflowStatus.Running), cancellationToken))
            .Select(ContractBookmarkOf).FirstOrDefault(b => b is not null);
        if (waiting is null) return CommandResult<string>.Conflict("Ärendet väntar inte på ett tecknat avtal (upphandlingen är inte vid avtalstecknandet).");
        var result = await runtime.ResumeAsync(waiting.Id, (JsonObject)ValueConverter.ToNode(draft)!, cancellationToken);
        return result.Outcome == ResumeOutcome.Resumed ? CommandResult<string>.Done(row.Id) : CommandResult<string>.Conflict("Avtalet är redan registrerat.");
    }

    /// <summary>
    /// A validation message as the app's form shows it: without the API's field name, e.g. " (startDate)" or
    /// " (kind: Ramavtal eller GemensamtAvtal)", since the form's labels say which field it is.
    /// </summary>
    public static string FormMessage(string error) => ApiFieldName().Replace(error, "");

    [GeneratedRegex(@" \([a-z][A-Za-z]*(?::[^)]*)?\)")]
    private static partial Regex ApiFieldName();

    /// <summary>Whether an instance is a running procurement waiting for the signed contract.</summary>
    public static bool WaitsForContract(WorkflowInstance instance) => ContractBookmarkOf(instance) is not null;

    private static Bookmark? ContractBookmarkOf(WorkflowInstance instance) =>
        instance.DefinitionId == ProcessIds.Procurement && instance.Status == WorkflowStatus.Running
            ? instance.Bookmarks.FirstOrDefault(b => Event.NameOf(b) == ProcurementWorkflow.ContractSignedEvent)
            : null;
}
