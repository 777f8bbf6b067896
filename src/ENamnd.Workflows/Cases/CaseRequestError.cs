namespace ENamnd.Workflows.Cases;

/// <summary>A problem with a new case and the field of <see cref="CreateCaseRequest"/> it is about, so a form can show it there.</summary>
public sealed record CaseRequestError(string Field, string Message)
{
    /// <summary>The field of the title.</summary>
    public const string Title = "title";

    /// <summary>The field of the case number.</summary>
    public const string CaseNumber = "caseNumber";

    /// <summary>The field of the initiating municipalities.</summary>
    public const string InitiatingMunicipalities = "initiatingMunicipalities";

    /// <summary>The field of the budgets as a whole.</summary>
    public const string Budgets = "budgets";

    /// <summary>The field of one phase's budget, e.g. "budgets.Forstudie".</summary>
    public static string BudgetOf(string phaseId) => $"{Budgets}.{phaseId}";

    /// <summary>"field: message", as the API lists it.</summary>
    public override string ToString() => $"{Field}: {Message}";
}
