using System.Text.Json.Nodes;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Persistence;
using ENamnd.Host.Persistence.Rows;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Cases;

/// <summary>Records the contract signed in a case's procurement: it resumes the procurement where it waits for it.</summary>
public sealed class CaseContracts(IDbContextFactory<ENamndDbContext> contexts, IWorkflowInstanceStore instances, IWorkflowRuntime runtime, MunicipalityRegistry municipalities)
{
    private static readonly string[] Kinds = ["Ramavtal", "GemensamtAvtal"];

    /// <summary>Validates the contract and hands it to the waiting procurement.</summary>
    public async Task<CaseCommandResult> RecordAsync(string idOrNumber, SignedContractRequest contract, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == idOrNumber || r.CaseNumber == idOrNumber, cancellationToken);
        if (row is null) return CaseCommandResult.NotFound($"Ärendet '{idOrNumber}' finns inte.");
        var errors = Validate(contract);
        if (errors.Count > 0) return CaseCommandResult.Invalid(errors);
        var procurement = (await instances.ListAsync(new WorkflowInstanceFilter(ProcessIds.Procurement, row.CaseNumber, WorkflowStatus.Running), cancellationToken))
            .SelectMany(i => i.Bookmarks).FirstOrDefault(b => b.Name == "Elsa.Event" && (string?)b.Payload?["eventName"] == ProcurementWorkflow.ContractSignedEvent);
        if (procurement is null) return CaseCommandResult.Conflict("Ärendet väntar inte på ett tecknat avtal (upphandlingen är inte vid avtalstecknandet).");
        var payload = (JsonObject)ValueConverter.ToNode(contract with
        {
            Municipalities = contract.Municipalities?.Select(m => municipalities.Find(m)!.Name).ToList(),
        })!;
        var result = await runtime.ResumeAsync(procurement.Id, payload, cancellationToken);
        return result.Outcome == ResumeOutcome.Resumed ? CaseCommandResult.Done(row.Id) : CaseCommandResult.Conflict("Avtalet är redan registrerat.");
    }

    private List<string> Validate(SignedContractRequest contract)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(contract.Name)) errors.Add("name: avtalet måste ha ett namn.");
        if (string.IsNullOrWhiteSpace(contract.Supplier)) errors.Add("supplier: leverantör saknas.");
        if (!Kinds.Contains(contract.Kind)) errors.Add($"kind: ange {string.Join(" eller ", Kinds)}.");
        if (contract.StartDate is null) errors.Add("startDate: startdatum saknas.");
        if (contract.EndDate is null) errors.Add("endDate: slutdatum saknas.");
        else if (contract.StartDate is { } start && contract.EndDate <= start) errors.Add("endDate: slutdatum måste vara efter startdatum.");
        if (contract.NoticePeriodMonths is < 0 or > 120) errors.Add("noticePeriodMonths: uppsägningstiden ska vara 0–120 månader.");
        foreach (var option in contract.Options ?? [])
        {
            if (option.ExtendMonths <= 0) errors.Add("options: en förlängning måste vara minst en månad.");
            if (contract.EndDate is { } end && option.DecideBy >= end) errors.Add($"options: beslutsdatumet {option.DecideBy:yyyy-MM-dd} måste vara före avtalets slut.");
        }
        foreach (var name in contract.Municipalities ?? [])
        {
            if (municipalities.Find(name) is null) errors.Add($"municipalities: okänd kommun '{name}'.");
        }
        return errors;
    }
}
