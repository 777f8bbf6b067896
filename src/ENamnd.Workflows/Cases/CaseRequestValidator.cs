using System.Text.RegularExpressions;
using ENamnd.Activities.Municipalities;
using ENamnd.Workflows.Process;

namespace ENamnd.Workflows.Cases;

/// <summary>Checks a new case; every problem is reported, in Swedish.</summary>
public static partial class CaseRequestValidator
{
    /// <summary>The problems with <paramref name="request"/> as "field: message" texts, and the initiating municipalities' codes when they are known.</summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<string> Initiators) Validate(CreateCaseRequest request, MunicipalityRegistry municipalities)
    {
        var (errors, initiators) = Check(request, municipalities);
        return ([.. errors.Select(e => e.ToString())], initiators);
    }

    /// <summary>The problems with <paramref name="request"/>, each with the field it is about, and the initiating municipalities' codes.</summary>
    public static (IReadOnlyList<CaseRequestError> Errors, IReadOnlyList<string> Initiators) Check(CreateCaseRequest request, MunicipalityRegistry municipalities)
    {
        var errors = new List<CaseRequestError>();
        if (string.IsNullOrWhiteSpace(request.Title)) errors.Add(new(CaseRequestError.Title, "ärendet måste ha en rubrik."));
        else if (request.Title.Length > 300) errors.Add(new(CaseRequestError.Title, "rubriken får vara högst 300 tecken."));
        if (string.IsNullOrWhiteSpace(request.CaseNumber)) errors.Add(new(CaseRequestError.CaseNumber, "ärendenummer saknas."));
        else if (!CaseNumberPattern().IsMatch(request.CaseNumber.Trim()))
            errors.Add(new(CaseRequestError.CaseNumber, $"'{request.CaseNumber}' är inget ärendenummer (år/löpnummer-klassificering, t.ex. 2022/1-2.2.0.1)."));
        var codes = new List<string>();
        foreach (var name in request.InitiatingMunicipalities ?? [])
        {
            if (municipalities.Find(name ?? "") is { } municipality) { if (!codes.Contains(municipality.Code)) codes.Add(municipality.Code); }
            else errors.Add(new(CaseRequestError.InitiatingMunicipalities, $"okänd kommun '{name}'."));
        }
        if (codes.Count < 2) errors.Add(new(CaseRequestError.InitiatingMunicipalities, "nämnden tar bara uppdrag på initiativ av två eller fler kommuner."));
        foreach (var (phase, amount) in request.Budgets ?? new Dictionary<string, decimal>())
        {
            if (ProcessIds.Phases.All(p => p.Id != phase))
                errors.Add(new(CaseRequestError.Budgets, $"okänd fas '{phase}' (giltiga: {string.Join(", ", ProcessIds.Phases.Select(p => p.Id))})."));
            else if (amount <= 0 || amount != decimal.Truncate(amount))
                errors.Add(new(CaseRequestError.BudgetOf(phase), "budgeten ska vara ett positivt belopp i hela kronor."));
        }
        return (errors, codes);
    }

    [GeneratedRegex(@"^[0-9]{4}/[0-9]+(-[0-9.]+)?$")]
    private static partial Regex CaseNumberPattern();
}
